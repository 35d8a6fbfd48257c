// Numbers and dates written as Intl writes them for it-IT, without Intl, for client components.
// A page's first Intl formatter costs 30–70 ms of main thread in Chromium (it loads the locale's
// ICU data; BENCHMARKS.md, fourteenth pass) — a long task during hydration on a phone, for a
// thousands separator or a month name. Server code keeps using Intl.

const MONTHS = [
  "gennaio",
  "febbraio",
  "marzo",
  "aprile",
  "maggio",
  "giugno",
  "luglio",
  "agosto",
  "settembre",
  "ottobre",
  "novembre",
  "dicembre",
];

/** An integer as `Intl.NumberFormat("it-IT")` writes it: "1234", "12.345" (no separator below 10,000). */
export function formatInteger(value: number) {
  const digits = String(Math.abs(Math.trunc(value)));
  const grouped = digits.length < 5 ? digits : digits.replace(/\B(?=(\d{3})+$)/g, ".");
  return value < 0 ? `-${grouped}` : grouped;
}

/** A day as `Intl.DateTimeFormat("it-IT", { day: "numeric", month: "long", year: "numeric" })` writes it, in local time. */
export function formatLongDate(date: Date) {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}
