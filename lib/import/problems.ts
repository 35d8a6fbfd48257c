import { MAX_IMPORT_PROBLEMS } from "@/lib/import/limits";
import { echo } from "@/lib/text";

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

/**
 * Problems as they are found: the MAX_IMPORT_PROBLEMS first in file order are kept, the rest only
 * counted, so a file with a problem in every cell costs no more memory than one with a thousand.
 */
export class ProblemLog {
  private kept: ImportProblem[] = [];
  total = 0;

  add(problem: ImportProblem) {
    this.total++;
    this.keep({ ...problem, column: problem.column === null ? null : echo(problem.column) });
  }

  /** Another log's problems and count, added to this one. */
  absorb(other: ProblemLog) {
    for (const problem of other.kept) this.keep(problem);
    this.total += other.total;
  }

  /** The kept problems, file-wide first, then by row and by column. */
  list(): ImportProblem[] {
    this.kept = sortProblems(this.kept).slice(0, MAX_IMPORT_PROBLEMS);
    return this.kept;
  }

  private keep(problem: ImportProblem) {
    this.kept.push(problem);
    // Sorted and cut now and then, not at every problem: amortised, whatever the order of arrival.
    if (this.kept.length >= 2 * MAX_IMPORT_PROBLEMS) this.list();
  }
}

/** File-wide problems first, then by row and by column (problems of a whole row last in it). */
export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  const columnKey = (p: ImportProblem) => (p.letter ? p.letter.padStart(3, " ") : "~");
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || columnKey(a).localeCompare(columnKey(b)));
}
