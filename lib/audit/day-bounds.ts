// Dates typed in the log's filters are days in Italy: a day runs from Rome's midnight to the next.

const ROME = "Europe/Rome";

function offsetMs(at: Date) {
  const inZone = (timeZone: string) => new Date(at.toLocaleString("en-US", { timeZone }));
  return inZone(ROME).getTime() - inZone("UTC").getTime();
}

/** The instant Rome's day `day` (AAAA-MM-GG) starts. */
export function romeDayStart(day: string) {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  return new Date(utcMidnight.getTime() - offsetMs(utcMidnight));
}

/** The instant after Rome's day `day` ends. */
export function romeDayEnd(day: string) {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return romeDayStart(next.toISOString().slice(0, 10));
}
