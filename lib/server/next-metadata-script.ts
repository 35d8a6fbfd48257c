import { readInstalledSource } from "./installed-source.ts";

// When Next streams a page's metadata (a dynamic page whose generateMetadata finished after the
// shell was sent, e.g. under load), it writes one inline script that moves the page's icon links
// into <head>. Its text is a constant of Next's source, read here byte for byte from the installed
// Next, so that only that exact script is accepted.

const SOURCE = "next/dist/server/app-render/metadata-insertion/create-server-inserted-metadata.js";
// const REINSERT_ICON_SCRIPT = `\<newline>document.querySelectorAll(…)…`;
const CONSTANT = /REINSERT_ICON_SCRIPT\s*=\s*`\\\n([^`]*)`/;

let script: string | null | undefined;

/** The script's text, or null if the installed Next has none. */
export function nextMetadataScript() {
  if (script !== undefined) return script;
  script = CONSTANT.exec(readInstalledSource(SOURCE) ?? "")?.[1] ?? null;
  return script;
}
