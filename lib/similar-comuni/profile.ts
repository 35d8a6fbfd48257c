import { z } from "zod";
import type { Comune } from "@/lib/comuni";
import type { Region } from "@/lib/generated/prisma/client";
import type { PopulationBand, Ripartizione } from "@/lib/generated/prisma/enums";
import { POPULATION_BANDS, populationBandOf, RIPARTIZIONI } from "@/lib/practices/enum-labels";
import type { Profile } from "@/lib/similar-comuni/similar";
import { isSlug } from "@/lib/text";

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
    provinceName: comune.province,
  };
}

const valuesOf = <T extends string>(options: { value: T }[]) => options.map((option) => option.value) as [T, ...T[]];

/** The arguments of fetchPracticesForProfile, as profileOf and the page build them. */
export const profileArguments = z.tuple([
  z.object({
    istatCode: z.string().regex(/^\d{6}$/),
    band: z.enum(valuesOf<PopulationBand>(POPULATION_BANDS)),
    ripartizione: z.enum(valuesOf<Ripartizione>(RIPARTIZIONI)),
    regionId: z.number().int().min(1).max(99),
    regionName: z.string().max(100),
    provinceName: z.string().max(100),
  }),
  z.object({ slug: z.string().refine(isSlug), label: z.string().max(200) }).nullable(),
]);
