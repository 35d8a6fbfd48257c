import { randomInt } from "node:crypto";

// Receipt codes people read aloud or copy by hand: no 0/O, 1/I/L.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newSubmissionCode() {
  let code = "";
  for (let i = 0; i < 10; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `SEG-${code.slice(0, 5)}-${code.slice(5)}`;
}
