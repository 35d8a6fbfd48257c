/**
 * `items[index]` for an index that is in range by construction (parallel arrays, a computed
 * position): if that ever stops holding, it fails here, naming the slip, instead of passing
 * `undefined` on.
 */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No item at ${index} in a list of ${items.length}.`);
  return item;
}

/** The item at `n` counting round the list (`n` ≥ 0): cycles through a non-empty list. */
export const cycleAt = <T>(items: readonly T[], n: number): T => itemAt(items, n % items.length);
