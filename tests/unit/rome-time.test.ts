import { describe, expect, it } from "vitest";
import { dateToRomeLocal, romeLocalToDate } from "@/lib/practices/rome-time";

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
