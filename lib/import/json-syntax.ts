import { echo } from "@/lib/text";

// Where and why a JSON file is not valid, in Italian, for whoever edited it by hand. JSON.parse's
// own message is English, worded differently from one Node version to the next, and often without
// a position (a comma before «]» gives only «Unexpected token»). This scanner runs only once
// JSON.parse has failed, and follows the JSON grammar with a stack rather than recursion, so a
// file of a million «[» cannot overflow it.

export type JsonSyntaxError = { position: number; reason: string };

type Expect = "value" | "valueOrClose" | "valueAfterComma" | "key" | "keyOrClose" | "colon" | "commaOrClose" | "end";

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const LITERALS = ["true", "false", "null"];

const closerOf = (opener: string) => (opener === "[" ? "]" : "}");

/** The first syntax error of a text JSON.parse refused; null if the scanner finds none. */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: string[] = [];
  let expect: Expect = "value";
  let i = 0;
  const fail = (position: number, reason: string) => ({ position, reason });
  const afterValue = (): Expect => (stack.length ? "commaOrClose" : "end");

  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
    if (i >= text.length) {
      if (expect === "end") return null;
      const open = stack.at(-1);
      return fail(
        i,
        open
          ? `il file finisce prima di chiudere ${open === "[" ? "l'elenco: manca una «]»" : "una scheda: manca una «}»"}`
          : "il file finisce prima dell'elenco",
      );
    }
    const c = text[i]!;

    if (expect === "end") return fail(i, "il file continua dopo la fine dell'elenco: c'è una parentesi di troppo?");

    if (expect === "colon") {
      if (c !== ":") return fail(i, "manca «:» dopo il nome della colonna");
      i++;
      expect = "value";
      continue;
    }

    if (expect === "commaOrClose") {
      const open = stack.at(-1)!;
      if (c === ",") {
        i++;
        expect = open === "[" ? "valueAfterComma" : "key";
      } else if (c === "]" || c === "}") {
        if (c !== closerOf(open)) return fail(i, `«${c}» chiude una «${open}»: ci vuole «${closerOf(open)}»`);
        stack.pop();
        i++;
        expect = afterValue();
      } else {
        return fail(i, `manca una virgola (o «${closerOf(open)}») prima di questo punto`);
      }
      continue;
    }

    if (expect === "key" || expect === "keyOrClose") {
      if (c === "}" && expect === "keyOrClose") {
        stack.pop();
        i++;
        expect = afterValue();
        continue;
      }
      if (c === "}") return fail(i, "c'è una virgola di troppo prima di «}»");
      if (c !== '"') return fail(i, 'il nome di una colonna va scritto tra virgolette doppie (")');
      const end = stringEnd(text, i);
      if (typeof end !== "number") return end;
      i = end;
      expect = "colon";
      continue;
    }

    // A value is expected.
    if (c === "]" && expect === "valueOrClose") {
      stack.pop();
      i++;
      expect = afterValue();
      continue;
    }
    if ((c === "]" || c === "}") && expect === "valueAfterComma")
      return fail(i, `c'è una virgola di troppo prima di «${c}»`);
    if (c === "[" || c === "{") {
      stack.push(c);
      i++;
      expect = c === "[" ? "valueOrClose" : "keyOrClose";
      continue;
    }
    if (c === '"') {
      const end = stringEnd(text, i);
      if (typeof end !== "number") return end;
      i = end;
      expect = afterValue();
      continue;
    }
    NUMBER.lastIndex = i;
    const literal = LITERALS.find((word) => text.startsWith(word, i));
    if (literal || NUMBER.test(text)) {
      i = literal ? i + literal.length : NUMBER.lastIndex;
      expect = afterValue();
      continue;
    }
    if (c === "'") return fail(i, "un testo va scritto tra virgolette doppie (\"), non semplici (')");
    return fail(i, "c'è un valore non valido: un testo va scritto tra virgolette doppie (\")");
  }
}

/** Past the closing quote of the string opening at `start`, or the error inside it. */
function stringEnd(text: string, start: number): number | JsonSyntaxError {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20)
      return {
        position: i,
        reason:
          "un testo tra virgolette va a capo (o contiene una tabulazione): dentro le virgolette si scrive \\n (o \\t)",
      };
    if (code === 0x5c) {
      const next = text[i + 1] ?? "";
      if (next === "u" ? !HEX4.test(text.slice(i + 2, i + 6)) : !ESCAPES.has(next))
        return {
          position: i,
          reason: "una «\\» inizia una sequenza non valida: per scrivere «\\» nel testo, raddoppiala",
        };
      i += next === "u" ? 5 : 1;
    }
  }
  return { position: start, reason: "un testo tra virgolette non è chiuso" };
}

/** The message for a JSON file JSON.parse refused. */
export function jsonErrorMessage(text: string): string {
  const error = jsonSyntaxError(text);
  if (!error) return "Il file non è un JSON valido: controlla virgole, virgolette e parentesi.";
  const before = text.slice(0, error.position);
  const line = before.split("\n").length;
  const column = error.position - before.lastIndexOf("\n");
  const from = Math.max(0, error.position - 30);
  const excerpt = text.slice(from, error.position + 10).replace(/\s+/g, " ");
  // A word cut at the start is dropped, when it is short (minified JSON has few spaces).
  const cut = from > 0 ? excerpt.search(/\s/) : -1;
  const near = (cut >= 0 && cut < 10 ? excerpt.slice(cut) : excerpt).trim();
  return `Il file non è un JSON valido (riga ${line}, colonna ${column}): ${error.reason}.${near ? ` Vicino a: «${echo(near)}».` : ""}`;
}
