import { describe, expect, it } from "vitest";
import { scheduleSchema } from "@/lib/practices/actions.validation";

const parse = (quando: string) => scheduleSchema.safeParse({ id: "7", versione: "3", quando });

describe("the publication schedule's date", () => {
  it("takes a day and time that exist, or nothing", () => {
    expect(parse("2026-12-02T09:30").success).toBe(true);
    expect(parse("2028-02-29T00:00").success).toBe(true);
    expect(parse("").success).toBe(true);
  });

  it("refuses a tampered value with a field error instead of failing later", () => {
    for (const quando of ["2026-13-45T99:99", "2026-02-30T10:00", "2027-02-29T10:00", "2026-12-02T24:00", "domani"]) {
      const result = parse(quando);
      expect(result.success, quando).toBe(false);
      expect(result.error?.issues[0]?.message, quando).toMatch(/^Data e ora della pubblicazione/);
    }
  });
});
