// Arguments of 'use cache' functions, which Next also makes callable as actions with any value.

/** A database row id. */
export const isRowId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

/** The row ids in a value that should be a list of them, at most `max`. */
export function boundedRowIds(value: unknown, max: number): number[] {
  return Array.isArray(value) ? value.filter(isRowId).slice(0, max) : [];
}
