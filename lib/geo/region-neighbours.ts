// Which regions border which, by ISTAT region code (1 Piemonte … 20 Sardegna). Land borders, plus
// the sea links people actually travel: Calabria–Sicilia across the Strait of Messina, and
// Sardegna to Toscana and Lazio (the ferries of Livorno and Civitavecchia), so that no region is
// left without neighbours. Symmetric: tests/unit/region-neighbours.test.ts checks it.

export const REGION_NEIGHBOURS: Record<number, number[]> = {
  1: [2, 3, 7, 8],
  2: [1],
  3: [1, 4, 5, 8],
  4: [3, 5],
  5: [3, 4, 6, 8],
  6: [5],
  7: [1, 8, 9],
  8: [1, 3, 5, 7, 9, 11],
  9: [7, 8, 10, 11, 12, 20],
  10: [9, 11, 12],
  11: [8, 9, 10, 12, 13],
  12: [9, 10, 11, 13, 14, 15, 20],
  13: [11, 12, 14],
  14: [12, 13, 15, 16],
  15: [12, 14, 16, 17],
  16: [14, 15, 17],
  17: [15, 16, 18],
  18: [17, 19],
  19: [18],
  20: [9, 12],
};

export function neighbouringRegionIds(regionId: number): number[] {
  return REGION_NEIGHBOURS[regionId] ?? [];
}
