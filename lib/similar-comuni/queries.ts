import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { POPULATION_BANDS } from "@/lib/practices/enum-labels";
import { publicPracticeSelect } from "@/lib/practices/public-fields";
import { rankBySimilarity, type Profile } from "@/lib/similar-comuni/similar";

export const SUGGESTION_LIMIT = 12;

/** Published sheets of entities like the profile's comune, optionally of one area, with reasons. */
export async function findPracticesForProfile(profile: Profile, area: { slug: string; label: string } | null) {
  const index = POPULATION_BANDS.findIndex((band) => band.value === profile.band);
  const nearBands = POPULATION_BANDS.slice(Math.max(0, index - 1), index + 2).map((band) => band.value);
  const where: Prisma.PracticeWhereInput = {
    status: "PUBLISHED",
    OR: [
      { entity: { populationBand: { in: nearBands } } },
      { entity: { region: { ripartizione: profile.ripartizione } } },
    ],
    ...(area ? { terms: { some: { term: { vocabulary: "AREA", slug: area.slug } } } } : {}),
  };
  const practices = await db.practice.findMany({
    where,
    select: publicPracticeSelect,
  });
  const cards = practices.map((practice) => ({ ...practice, snippet: null }));
  return rankBySimilarity(profile, cards, area?.label ?? null, SUGGESTION_LIMIT).map(({ item, reasons, score }) => ({
    practice: item,
    reasons,
    score,
  }));
}
