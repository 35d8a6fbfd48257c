import type { Vocabulary } from "@/lib/generated/prisma/enums";
import { buildSearchExtra } from "@/lib/practices/search-document";
import { refreshSearchWords } from "@/lib/practices/search-words";
import type { Db } from "@/lib/prisma-client";
import { generateSampleDataset } from "./generate.ts";
import { REGIONS } from "./regions.ts";
import { VOCABULARY_TERMS } from "./vocabularies.ts";

/**
 * Regions and vocabulary terms by their natural keys: safe to run on every start. Missing terms
 * are created; existing ones are left as staff may have renamed them.
 */
export async function seedReferenceData(client: Db) {
  const terms = (Object.keys(VOCABULARY_TERMS) as Vocabulary[]).flatMap((vocabulary) =>
    VOCABULARY_TERMS[vocabulary].map((term, position) => ({
      vocabulary,
      slug: term.slug,
      label: term.label,
      description: term.description ?? null,
      position,
    })),
  );
  await client.$transaction([
    ...REGIONS.map(({ id, slug, name, ripartizione }) =>
      client.region.upsert({
        where: { id },
        create: { id, slug, name, ripartizione },
        update: { slug, name, ripartizione },
      }),
    ),
    ...terms.map((term) =>
      client.term.upsert({
        where: { vocabulary_slug: { vocabulary: term.vocabulary, slug: term.slug } },
        create: term,
        update: {},
      }),
    ),
  ]);
  return { regions: REGIONS.length, terms: terms.length };
}

export type SampleSeedResult = { inserted: boolean; entities: number; practices: number; practiceTerms: number };

/**
 * The illustrative sheets, only into an empty catalogue: once real sheets (or the samples) are
 * there, it does nothing. Needs the reference data first.
 */
export async function seedSampleDataset(client: Db): Promise<SampleSeedResult> {
  const skipped = { inserted: false, entities: 0, practices: 0, practiceTerms: 0 };
  if ((await client.practice.count()) > 0) return skipped;

  const dataset = generateSampleDataset();
  const [regions, terms] = await Promise.all([
    client.region.findMany({ select: { id: true, name: true } }),
    client.term.findMany({ select: { id: true, vocabulary: true, slug: true, label: true } }),
  ]);
  const regionName = new Map(regions.map((region) => [region.id, region.name]));
  const termByKey = new Map(terms.map((term) => [`${term.vocabulary}:${term.slug}`, term]));
  const termOf = (vocabulary: Vocabulary, slug: string) => {
    const term = termByKey.get(`${vocabulary}:${slug}`);
    if (!term) throw new Error(`Voce ${vocabulary}:${slug} assente: eseguire prima seedReferenceData.`);
    return term;
  };
  const entityBySlug = new Map(dataset.entities.map((entity) => [entity.slug, entity]));

  const result = await client.$transaction(
    async (tx) => {
      // Re-checked inside the transaction: another seeder may have run in the meantime.
      if ((await tx.practice.count()) > 0) return skipped;

      await tx.entity.createMany({
        data: dataset.entities.map((entity) => ({ ...entity, isSample: true })),
        skipDuplicates: true,
      });
      const entityRows = await tx.entity.findMany({
        where: { slug: { in: dataset.entities.map((entity) => entity.slug) } },
        select: { id: true, slug: true },
      });
      const entityId = new Map(entityRows.map((row) => [row.slug, row.id]));

      const practiceRows = await tx.practice.createManyAndReturn({
        data: dataset.practices.map(({ entitySlug, terms: refs, startDate, publishedAt, ...practice }) => {
          const entity = entityBySlug.get(entitySlug)!;
          return {
            ...practice,
            startDate: startDate ? new Date(`${startDate}T00:00:00.000Z`) : null,
            publishedAt: new Date(publishedAt),
            status: "PUBLISHED" as const,
            isSample: true,
            version: 1,
            entityId: entityId.get(entitySlug)!,
            searchExtra: buildSearchExtra({
              entityName: entity.name,
              province: entity.province,
              regionName: regionName.get(entity.regionId) ?? "",
              termLabels: refs.map((ref) => termOf(ref.vocabulary, ref.slug).label),
            }),
          };
        }),
        select: { id: true, code: true },
      });
      const practiceId = new Map(practiceRows.map((row) => [row.code, row.id]));

      const links = dataset.practices.flatMap((practice) =>
        practice.terms.map((ref) => ({
          practiceId: practiceId.get(practice.code)!,
          termId: termOf(ref.vocabulary, ref.slug).id,
        })),
      );
      const { count } = await tx.practiceTerm.createMany({ data: links, skipDuplicates: true });
      return { inserted: true, entities: entityRows.length, practices: practiceRows.length, practiceTerms: count };
    },
    { timeout: 60_000 },
  );

  if (result.inserted) await refreshSearchWords(client);
  return result;
}

/** Reference data, then the illustrative sheets if the catalogue is empty; `message` is for the console. */
export async function seedDatabase(client: Db) {
  const reference = await seedReferenceData(client);
  const sample = await seedSampleDataset(client);
  const message = sample.inserted
    ? `Schede illustrative inserite: ${sample.practices}`
    : "Catalogo non vuoto: nessuna scheda illustrativa aggiunta";
  return { ...reference, sample, message };
}
