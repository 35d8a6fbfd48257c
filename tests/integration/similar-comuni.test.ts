import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { itemAt } from "@/lib/item-at";
import { populationBandOf } from "@/lib/practices/enum-labels";
import { listRegions } from "@/lib/practices/overview";
import { resolveComune, searchComuni } from "@/lib/similar-comuni/find-comune";
import { profileOf } from "@/lib/similar-comuni/profile";
import { findPracticesForProfile, SUGGESTION_LIMIT } from "@/lib/similar-comuni/queries";

afterAll(async () => {
  await db.$disconnect();
});

describe("finding a comune", () => {
  it("by name, accents and case ignored, by 'Nome (Provincia)' and by ISTAT code", () => {
    expect(resolveComune("forli")).toMatchObject({ kind: "found", comune: { istatCode: "040012" } });
    expect(resolveComune("Forlì (Forlì-Cesena)")).toMatchObject({ kind: "found", comune: { name: "Forlì" } });
    expect(resolveComune("040012")).toMatchObject({ kind: "found", comune: { name: "Forlì" } });
  });

  it("asks which one when two comuni share the name", () => {
    const lookup = resolveComune("Castro");
    expect(lookup.kind).toBe("ambiguous");
    if (lookup.kind === "ambiguous") {
      expect(lookup.candidates).toHaveLength(2);
      expect(resolveComune(`Castro (${itemAt(lookup.candidates, 1).province})`)).toMatchObject({
        kind: "found",
        comune: lookup.candidates[1],
      });
    }
  });

  it("suggests names for a partial one, larger comuni first", () => {
    expect(resolveComune("Forl")).toMatchObject({ kind: "unknown" });
    expect(searchComuni("forl", 3).map((c) => c.name)).toEqual(["Forlì", "Forlimpopoli", "Forlì del Sannio"]);
  });
});

describe("sheets for a comune", () => {
  it("are of the chosen area, from entities like it, each with its reasons", async () => {
    const lookup = resolveComune("Forlì");
    if (lookup.kind !== "found") throw new Error("Forlì non trovato");
    const profile = profileOf(lookup.comune, await listRegions())!;
    expect(profile).toMatchObject({
      band: populationBandOf(lookup.comune.population),
      ripartizione: "NORD_EST",
      regionName: "Emilia-Romagna",
    });

    const results = await findPracticesForProfile(profile, { slug: "anziani", label: "Anziani" });
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(SUGGESTION_LIMIT);
    for (const { practice, reasons, score } of results) {
      expect(practice.terms.some(({ term }) => term.vocabulary === "AREA" && term.slug === "anziani")).toBe(true);
      expect(reasons).toContain("Area di utenza: Anziani");
      const sameBand = practice.entity.populationBand === profile.band;
      const sameArea = practice.entity.region.ripartizione === profile.ripartizione;
      expect(sameBand || sameArea || reasons.some((reason) => reason.startsWith("Fascia di popolazione vicina"))).toBe(
        true,
      );
      if (sameBand) expect(reasons.some((reason) => reason.startsWith("Stessa fascia di popolazione"))).toBe(true);
      expect(score).toBeGreaterThanOrEqual(2);
    }
    const scores = results.map((result) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
