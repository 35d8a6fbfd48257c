import type { PopulationBand, Ripartizione } from "@/lib/generated/prisma/enums";
import { labelOf, POPULATION_BANDS, RIPARTIZIONI } from "@/lib/practices/enum-labels";

// "Comuni come il mio": how much a sheet's entity resembles the person's comune, and why.
// Population band and ripartizione weigh the same; the area of interest is a filter, not a score.

export type Profile = {
  istatCode: string;
  band: PopulationBand;
  ripartizione: Ripartizione;
  regionId: number;
  regionName: string;
};
export type Candidate = {
  entity: {
    kind: string;
    istatCode: string | null;
    populationBand: PopulationBand | null;
    regionId: number;
    region: { ripartizione: Ripartizione };
  };
};

const bandIndex = (band: PopulationBand) => POPULATION_BANDS.findIndex((option) => option.value === band);

export function similarity(
  profile: Profile,
  candidate: Candidate,
  areaLabel: string | null,
): { score: number; reasons: string[] } {
  const { entity } = candidate;
  const reasons: string[] = [];
  let score = 0;
  if (entity.kind === "COMUNE" && entity.istatCode === profile.istatCode) {
    reasons.push("È il tuo comune");
    score += 5;
  }
  if (entity.populationBand === profile.band) {
    reasons.push(`Stessa fascia di popolazione (${labelOf(POPULATION_BANDS, profile.band)})`);
    score += 2;
  } else if (entity.populationBand && Math.abs(bandIndex(entity.populationBand) - bandIndex(profile.band)) === 1) {
    reasons.push(`Fascia di popolazione vicina (${labelOf(POPULATION_BANDS, entity.populationBand)})`);
    score += 1;
  }
  if (entity.regionId === profile.regionId) {
    reasons.push(`Stessa regione (${profile.regionName})`);
    score += 3;
  } else if (entity.region.ripartizione === profile.ripartizione) {
    reasons.push(`Stessa ripartizione (${labelOf(RIPARTIZIONI, profile.ripartizione)})`);
    score += 2;
  }
  if (areaLabel) reasons.push(`Area di utenza: ${areaLabel}`);
  return { score, reasons };
}

/** Candidates worth showing (at least one of population or geography in common), best first. */
export function rankBySimilarity<T extends Candidate & { title: string }>(
  profile: Profile,
  candidates: T[],
  areaLabel: string | null,
  limit: number,
) {
  return candidates
    .map((candidate) => ({ item: candidate, ...similarity(profile, candidate, areaLabel) }))
    .filter((ranked) => ranked.score >= 2)
    .sort((a, b) => b.score - a.score || a.item.title.localeCompare(b.item.title, "it"))
    .slice(0, limit);
}
