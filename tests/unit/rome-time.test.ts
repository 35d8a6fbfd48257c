import { afterEach, describe, expect, it, vi } from "vitest";
import { parseStaffFollowUp } from "@/lib/open-collection/input";
import { dateToRomeLocal, romeLocalToDate, romeToday } from "@/lib/practices/rome-time";

// The scheduled publication's date and time are typed in Italian time, summer time included.
describe("Rome local time", () => {
  it("reads winter and summer times, and the day summer time starts", () => {
    expect(romeLocalToDate("2031-01-15T10:00").toISOString()).toBe("2031-01-15T09:00:00.000Z");
    expect(romeLocalToDate("2031-07-15T10:00").toISOString()).toBe("2031-07-15T08:00:00.000Z");
    expect(romeLocalToDate("2031-03-30T10:00").toISOString()).toBe("2031-03-30T08:00:00.000Z");
  });
  it("shows an instant back as the input's value", () => {
    expect(dateToRomeLocal(new Date("2031-07-15T08:00:00Z"))).toBe("2031-07-15T10:00");
  });
});

describe("today, in Rome", () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  it("starts at midnight in Rome, when it is still yesterday in UTC", () => {
    expect(romeToday(new Date("2031-07-15T22:30:00Z"))).toBe("2031-07-16");
    expect(romeToday(new Date("2031-01-15T23:30:00Z"))).toBe("2031-01-16");
    expect(romeToday(new Date("2031-01-15T22:30:00Z"))).toBe("2031-01-15");
  });
  it("is a date a follow-up may carry, at half past midnight in Rome", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-07-15T22:30:00Z"));
    const today = parseStaffFollowUp({ data: "2031-07-16", stato: "prosegue", testo: "Il servizio continua." });
    expect(today.ok ? [] : today.errors).toEqual([]);
    const tomorrow = parseStaffFollowUp({ data: "2031-07-17", stato: "prosegue", testo: "Il servizio continua." });
    expect(tomorrow.ok ? {} : tomorrow.errors).toEqual({ data: ["Data: non può essere nel futuro."] });
  });
});
