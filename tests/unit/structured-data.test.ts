import { describe, expect, it } from "vitest";
import { searchWords } from "@/lib/practices/search-words";
import { serializeJsonLd } from "@/lib/practices/structured-data";

describe("serializeJsonLd", () => {
  it("cannot close the script element it is embedded in", () => {
    const json = serializeJsonLd({ name: "</script><script>alert(1)</script>", note: "a\u2028b" });
    expect(json).not.toContain("</script>");
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ name: "</script><script>alert(1)</script>", note: "a\u2028b" });
  });
});

describe("searchWords", () => {
  it("splits into lowercase words without accents", () => {
    expect(searchWords("Città, ANZIANI e perché!")).toEqual(["citta", "anziani", "e", "perche"]);
    expect(searchWords("  ")).toEqual([]);
  });
});
