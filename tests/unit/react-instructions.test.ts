import { Writable } from "node:stream";
import { createElement, Suspense, use } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { isFrameworkScript } from "@/lib/server/framework-scripts";
import { reactRuntimeDefinitions } from "@/lib/server/react-instructions";

// React's boundary-completion scripts, as React itself writes them for a Suspense boundary that
// resolves after the shell: each one must be recognised (and so get the nonce), and nothing else.

async function renderWithLateBoundary() {
  const later = new Promise<string>((resolve) => setTimeout(() => resolve("arrivato dopo"), 30));
  const Late = () => createElement("p", null, use(later));
  const tree = createElement(
    "main",
    null,
    createElement("h1", null, "Subito"),
    createElement(Suspense, { fallback: createElement("p", null, "attendere") }, createElement(Late)),
  );
  let html = "";
  await new Promise<void>((resolve, reject) => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        html += chunk.toString("utf8");
        done();
      },
    });
    sink.on("finish", resolve);
    const stream = renderToPipeableStream(tree, { onShellReady: () => stream.pipe(sink), onShellError: reject });
  });
  return html;
}

const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

describe("React's instruction scripts", () => {
  it("are read from the React builds installed", () => {
    expect(reactRuntimeDefinitions().length).toBeGreaterThanOrEqual(4);
  });

  it("are recognised as React writes them for a boundary resolved after the shell", async () => {
    const html = await renderWithLateBoundary();
    const scripts = inlineScripts(html);
    expect(scripts.some((body) => body.includes('$RC("'))).toBe(true);
    for (const body of scripts) expect(isFrameworkScript(body), body.slice(0, 80)).toBe(true);
  });

  it("refuses other code, arguments that are not data and code after the call", () => {
    const [definition = ""] = reactRuntimeDefinitions().filter((piece) => piece.includes("$RC="));
    expect(definition).not.toBe("");
    expect(isFrameworkScript(`${definition}$RC("B:0","S:0")`)).toBe(true);
    expect(isFrameworkScript('$RC("B:1","S:1")')).toBe(true);
    for (const body of [
      '$RC=function(a,b){fetch("//x")};$RC("B:0","S:0")',
      `${definition.replace("getElementById", "querySelector")}$RC("B:0","S:0")`,
      '$RC("B:0",alert(1))',
      '$RC("B:0","S:0");alert(1)',
      '$RC("B:0","S:0")\nalert(1)//)',
      '$RZ("B:0")',
      "$RC()",
      `${definition}alert(1)`,
    ]) {
      expect(isFrameworkScript(body), body.slice(-40)).toBe(false);
    }
  });
});
