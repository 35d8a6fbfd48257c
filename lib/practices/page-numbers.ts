/**
 * The page numbers the listing's pagination shows: the first, the last, and the current one with
 * its neighbours. An ellipsis that would stand for a single page shows that page instead
 * ("1 2 3 4", not "1 2 … 4").
 */
export function pageNumbers(current: number, count: number) {
  const pages = new Set([1, count, current - 1, current, current + 1].filter((p) => p >= 1 && p <= count));
  for (const p of [...pages]) if (pages.has(p + 2) && !pages.has(p + 1)) pages.add(p + 1);
  return [...pages].sort((a, b) => a - b);
}
