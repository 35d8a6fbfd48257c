import type { Comune } from "@/lib/comuni";
import type { Region } from "@/lib/generated/prisma/client";
import { populationBandOf } from "@/lib/practices/enum-labels";
import type { Profile } from "@/lib/similar-comuni/similar";

/** What the matching needs to know of a comune (ISTAT population, 2011). */
export function profileOf(comune: Comune, regions: Region[]): Profile | null {
  const region = regions.find((r) => r.id === comune.regionCode);
  if (!region) return null;
  return {
    istatCode: comune.istatCode,
    band: populationBandOf(comune.population),
    ripartizione: region.ripartizione,
    regionId: region.id,
    regionName: region.name,
  };
}
