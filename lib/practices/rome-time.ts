// A date and time typed in the admin area (`<input type="datetime-local">`) is Italian time.

function offsetMs(at: Date) {
  const inZone = (timeZone: string) => new Date(at.toLocaleString("en-US", { timeZone }));
  return inZone("Europe/Rome").getTime() - inZone("UTC").getTime();
}

/** The instant of `AAAA-MM-GGTHH:MM` in Rome (the offset of that moment, summer time included). */
export function romeLocalToDate(local: string) {
  const asUtc = new Date(`${local}:00Z`);
  const guess = new Date(asUtc.getTime() - offsetMs(asUtc));
  return new Date(asUtc.getTime() - offsetMs(guess));
}

/** The value a datetime-local input shows for `at` in Rome. */
export function dateToRomeLocal(at: Date) {
  return new Date(at.getTime() + offsetMs(at)).toISOString().slice(0, 16);
}

/** Today's date (AAAA-MM-GG) in Rome: from midnight there, not from midnight UTC one or two hours later. */
export function romeToday(now = new Date()) {
  return dateToRomeLocal(now).slice(0, 10);
}
