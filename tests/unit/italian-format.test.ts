import { describe, expect, it } from "vitest";
import { formatInteger, formatLongDate } from "@/lib/italian-format";

// The hand-written formats must match Intl's for it-IT exactly: the same numbers are also written
// by Intl on the server, and a difference would show as two spellings (or a hydration mismatch).

describe("formatInteger", () => {
  const intl = new Intl.NumberFormat("it-IT");

  it("writes every integer as Intl.NumberFormat('it-IT') does", () => {
    const values = [0, 1, 9, 10, 999, 1000, 1234, 9999, 10_000, 12_345, 99_999, 100_000, 999_999, 1_000_000];
    for (let n = 1; n < 16; n++) values.push(10 ** n - 1, 10 ** n, 7 * 10 ** n + 123);
    for (let seed = 1, i = 0; i < 2000; i++) {
      seed = (seed * 48271) % 2147483647;
      values.push(seed % 10 ** ((i % 12) + 1));
    }
    for (const value of [...values, ...values.filter((v) => v !== 0).map((v) => -v)])
      expect(formatInteger(value), String(value)).toBe(intl.format(value));
  });
});

describe("formatLongDate", () => {
  const intl = new Intl.DateTimeFormat("it-IT", { day: "numeric", month: "long", year: "numeric" });

  it("writes every day of a leap year and of other years as Intl.DateTimeFormat('it-IT') does", () => {
    for (const year of [2024, 2026, 1999]) {
      for (
        let day = new Date(year, 0, 1);
        day.getFullYear() === year;
        day = new Date(year, day.getMonth(), day.getDate() + 1)
      )
        expect(formatLongDate(day), day.toISOString()).toBe(intl.format(day));
    }
  });
});
