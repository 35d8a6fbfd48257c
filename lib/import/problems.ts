/**
 * Something wrong in an import file, where the user finds it: row as a spreadsheet numbers it
 * (or JSON element number; null for the whole file), column as the file names it, with its
 * letter in a spreadsheet when there is one.
 */
export type ImportProblem = { row: number | null; column: string | null; letter?: string; message: string };

/** "A", "B", …, "Z", "AA", … for a zero-based column position. */
export function columnLetter(position: number): string {
  let letter = "";
  for (let n = position + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** File-wide problems first, then by row and by column (problems of a whole row last in it). */
export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  const columnKey = (p: ImportProblem) => (p.letter ? p.letter.padStart(3, " ") : "~");
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || columnKey(a).localeCompare(columnKey(b)));
}
