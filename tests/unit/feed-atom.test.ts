import { describe, expect, it } from "vitest";
import { xmlText } from "@/lib/open-data/atom";

describe("Atom text", () => {
  it("escapes markup and drops characters XML forbids", () => {
    expect(xmlText(`<b>"Tom" & Jerry</b>\u0001\u000b`)).toBe("&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;");
    expect(xmlText("riga\nnuova\ttab")).toBe("riga\nnuova\ttab");
  });
});
