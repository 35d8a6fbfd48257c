import type { PopulationBand, Ripartizione } from "@/lib/generated/prisma/enums";
import { labelOf, POPULATION_BANDS, RIPARTIZIONI } from "@/lib/practices/enum-labels";
import { NEIGHBOUR_KM, provinceDistanceKm, provinceOfIstatCode } from "@/lib/geo/provinces";

// "Comuni come il mio": how much a sheet's entity resembles the person's comune, and why.
// Population band, region and proximity (same province, a neighbouring one, distance between
// capoluoghi) add up; the area of interest is a filter, not a score. Equal scores: nearer first.

export type Profile = {
  istatCode: string;
  band: PopulationBand;
  ripartizione: Ripartizione;
  regionId: number;
  regionName: string;
  provinceName: string;
};
export type Candidate = {
  entity: {
    kind: string;
    istatCode: string | null;
    populationBand: PopulationBand | null;
    regionId: number;
    province?: string | null;
    region: { ripartizione: Ripartizione };
  };
};

const kmFormat = new Intl.NumberFormat("it-IT", { maximumFractionDigits: 0 });
const roundKm = (km: number) => (km < 50 ? Math.max(5, Math.round(km / 5) * 5) : Math.round(km / 10) * 10);

const bandIndex = (band: PopulationBand) => POPULATION_BANDS.findIndex((option) => option.value === band);

export function similarity(
  profile: Profile,
  candidate: Candidate,
  areaLabel: string | null,
): { score: number; reasons: string[]; distanceKm: number | null } {
  const { entity } = candidate;
  const reasons: string[] = [];
  let score = 0;
  const distanceKm = entity.istatCode
    ? provinceDistanceKm(provinceOfIstatCode(profile.istatCode), provinceOfIstatCode(entity.istatCode))
    : null;
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
  if (distanceKm === 0) {
    reasons.push(`Stessa provincia (${profile.provinceName})`);
    score += 3;
  } else if (distanceKm != null && distanceKm <= NEIGHBOUR_KM) {
    reasons.push(
      `Provincia vicina (${entity.province ?? "capoluogo"} a circa ${kmFormat.format(roundKm(distanceKm))} km)`,
    );
    score += 2;
  } else if (distanceKm != null && distanceKm <= 2 * NEIGHBOUR_KM) {
    reasons.push(`A circa ${kmFormat.format(roundKm(distanceKm))} km (tra i capoluoghi di provincia)`);
    score += 1;
  }
  if (areaLabel) reasons.push(`Area di utenza: ${areaLabel}`);
  return { score, reasons, distanceKm };
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
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
        a.item.title.localeCompare(b.item.title, "it"),
    )
    .slice(0, limit);
}
