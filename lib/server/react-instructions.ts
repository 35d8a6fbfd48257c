import { readInstalledSource } from "./installed-source.ts";

// React's streaming renderer writes small inline scripts of its own when a page streams: in the
// shell, one noting when it was painted (requestAnimationFrame(function(){$RT=…})); for a Suspense
// boundary that resolved after the shell, the definition of its DOM runtime the first time on a
// page ($RB/$RV/$RC, $RS, $RM/$RR, $RX), then one call whose arguments are the boundary's and
// segment's ids (and, for $RR, the stylesheets to wait for), written as JSON. The code is read
// byte for byte from the React builds installed with Next (and the app's own), so a script is
// accepted only as: known React code, then at most one call of a runtime function with JSON
// arguments.

const REACT_SERVER_BUILDS = [
  "next/dist/compiled/react-dom/cjs/react-dom-server.node.production.js",
  "next/dist/compiled/react-dom-experimental/cjs/react-dom-server.node.production.js",
  "react-dom/cjs/react-dom-server.node.production.js",
];
// In the builds: stringToPrecomputedChunk('$RS=function(a,b){…};$RS("'), one literal per piece.
const PRECOMPUTED = /stringToPrecomputedChunk\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*\)/g;
const CALL = /^\$R[CSRX]\(([\s\S]*)\)$/;
const CALL_PREFIX = /\$R[CSRX]\("$/;

function unescapeLiteral(text: string) {
  return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\s\S])/g, (_, code: string) => {
    if (code.length > 1) return String.fromCharCode(parseInt(code.slice(1), 16));
    return (
      ({ n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", v: "\v", "0": "\0" } as Record<string, string>)[code] ?? code
    );
  });
}

let definitions: string[] | undefined;

/** The runtime code React may write (before a call, or alone), longest first; [] if no build is found. */
export function reactRuntimeDefinitions() {
  if (definitions) return definitions;
  const found = new Set<string>();
  for (const build of REACT_SERVER_BUILDS) {
    const source = readInstalledSource(build);
    if (source === null) continue;
    for (const [, single, double] of source.matchAll(PRECOMPUTED)) {
      const piece = unescapeLiteral(single ?? double ?? "");
      if (!piece.includes("$R") || !piece.includes("function")) continue;
      // A piece ending in the call's opening ($RS=function…;$RS(") is its definition plus the call.
      found.add(piece.replace(CALL_PREFIX, ""));
    }
  }
  return (definitions = [...found].sort((a, b) => b.length - a.length));
}

const isJsonData = (value: unknown): boolean =>
  value === null ||
  typeof value === "string" ||
  typeof value === "number" ||
  (Array.isArray(value) && value.every(isJsonData));

export function isReactInstruction(body: string) {
  let rest = body;
  const known = reactRuntimeDefinitions();
  for (let step = 0; step < known.length; step++) {
    const definition = known.find((piece) => rest.startsWith(piece));
    if (!definition) break;
    rest = rest.slice(definition.length);
  }
  if (rest === "") return body !== "";
  const call = CALL.exec(rest);
  if (!call) return false;
  try {
    const args: unknown = JSON.parse(`[${call[1]}]`);
    return Array.isArray(args) && args.length > 0 && args.every(isJsonData);
  } catch {
    return false;
  }
}
