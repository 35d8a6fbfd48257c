import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { neighbouringRegionIds } from "@/lib/geo/region-neighbours";
import { listRegions } from "@/lib/practices/overview";
import { getSimilarPractices } from "@/lib/practices/queries";
import { resolveComune } from "@/lib/similar-comuni/find-comune";
import { profileOf } from "@/lib/similar-comuni/profile";
import { findPracticesForProfile } from "@/lib/similar-comuni/queries";

afterAll(async () => {
  await db.$disconnect();
});

const provinceOf = (entity: { istatCode: string | null }) => entity.istatCode?.slice(0, 3);

describe("Comuni come il mio, for a comune near Lecce", () => {
  it("ranks the sheets of the province of Lecce before those of Foggia, saying why", async () => {
    const lookup = resolveComune("Soleto");
    if (lookup.kind !== "found") throw new Error("Soleto non trovato");
    const profile = profileOf(lookup.comune, await listRegions())!;
    const lecceSheets = await db.practice.count({
      where: { status: "PUBLISHED", entity: { istatCode: { startsWith: "075" } } },
    });
    expect(lecceSheets, "the seed has sheets in the province of Lecce").toBeGreaterThan(0);

    const results = await findPracticesForProfile(profile, null);
    const provinces = results.map(({ practice }) => provinceOf(practice.entity));
    expect(provinces[0]).toBe("075");
    const lastLecce = provinces.lastIndexOf("075");
    const firstFoggia = provinces.indexOf("071");
    if (firstFoggia >= 0) expect(lastLecce).toBeLessThan(firstFoggia);
    for (const { practice, reasons } of results) {
      if (provinceOf(practice.entity) === "075") expect(reasons).toContain("Stessa provincia (Lecce)");
    }
  });
});

describe("related sheets of a sheet", () => {
  it("share an area di utenza and are in its region or a neighbouring one", async () => {
    const practices = await db.practice.findMany({
      where: { status: "PUBLISHED" },
      include: { entity: true, terms: { include: { term: true } } },
      orderBy: { id: "asc" },
      take: 20,
    });
    let checked = 0;
    for (const practice of practices) {
      const region = practice.entity.regionId;
      const nearby = [region, ...neighbouringRegionIds(region)];
      const areas = new Set(practice.terms.filter((t) => t.term.vocabulary === "AREA").map((t) => t.termId));
      const cards = await getSimilarPractices(practice.id, neighbouringRegionIds(region));
      const similar = await db.practice.findMany({
        where: { id: { in: cards.map((card) => card.id) } },
        include: { entity: true, terms: true },
      });
      expect(similar.length).toBe(cards.length);
      for (const other of similar) {
        expect(nearby).toContain(other.entity.regionId);
        expect(other.terms.some((t) => areas.has(t.termId))).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
