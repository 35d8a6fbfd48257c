import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listEntitiesWithPractices } from "@/lib/entities/queries";
import { onlyIllustrative } from "@/lib/practices/illustrative";
import { savePractice } from "@/lib/practices/mutations";
import { getPublishedTotals, listSampleOnlyRegionSlugs } from "@/lib/practices/overview";
import { practiceInputSchema } from "@/lib/practices/practice-input";
import { getPublishedPracticeBySlug, listPublishedPracticeSlugs } from "@/lib/practices/queries";
import { loadReference } from "@/lib/practices/reference";
import { practiceJsonLd } from "@/lib/practices/structured-data";
import { snapshotCatalogue } from "../fixtures/import/fixture-files";

// The reads behind robots, sitemap and JSON-LD, on the seeded catalogue and after real sheets are
// saved the way the admin form saves them: one in a new comune, one in a comune that so far had only
// an illustrative sheet. Codes start with IMP- so the fixture's restore removes them.

const BASE = "https://catalogo.example";
let restore: () => Promise<void>;

async function saveReal(row: Record<string, string>) {
  const draft = practiceInputSchema(await loadReference()).parse({
    sintesi: "Una scheda reale salvata dal test dell'indicizzazione.",
    descrizione: "Descrizione reale abbastanza lunga per essere valida.",
    tipo_servizio: "nuovo",
    ente_tipo: "comune",
    aree_utenza: "multiutenza",
    stato: "pubblicata",
    ...row,
  });
  const outcome = await db.$transaction((tx) => savePractice(tx, draft, { userId: null, source: "FORM" }));
  if (outcome.outcome !== "created") throw new Error(`unexpected outcome ${outcome.outcome}`);
  return outcome.slug;
}

beforeAll(async () => {
  restore = await snapshotCatalogue();
});
afterAll(async () => {
  await restore();
  await db.$disconnect();
});

describe("illustrative sheets and search engines", () => {
  it("the seeded catalogue is all illustrative: every region with sheets, every entity, every sheet", async () => {
    expect(onlyIllustrative(await getPublishedTotals())).toBe(true);
    expect((await listPublishedPracticeSlugs()).every((practice) => practice.isSample)).toBe(true);
    expect((await listEntitiesWithPractices()).some((entity) => entity.hasRealSheets)).toBe(false);
    expect(await listSampleOnlyRegionSlugs()).toContain("basilicata");

    const [sample] = await listPublishedPracticeSlugs();
    if (!sample) throw new Error("no published sheet in the seeded catalogue");
    const practice = (await getPublishedPracticeBySlug(sample.slug))!;
    const jsonLd = practiceJsonLd(practice, BASE);
    expect(jsonLd.map((item) => item["@type"])).toEqual(["CreativeWork", "BreadcrumbList"]);
    expect(jsonLd[0]).toMatchObject({ name: `Esempio illustrativo — ${practice.title}` });
    expect(JSON.stringify(jsonLd)).not.toMatch(/GovernmentService|GovernmentOrganization/);
  });

  it("real sheets make their sheet, entity and region indexable, with a GovernmentService", async () => {
    const sampleComune = await db.entity.findFirstOrThrow({
      where: { kind: "COMUNE", istatCode: { not: null }, practices: { every: { isSample: true } } },
      include: { region: true },
    });
    const newSlug = await saveReal({
      codice: "IMP-SEO-REALE-1",
      titolo: "Sportello reale di prova indicizzazione",
      ente_nome: "Comune di Prova Indicizzazione",
      regione: "basilicata",
    });
    await saveReal({
      codice: "IMP-SEO-REALE-2",
      titolo: "Seconda scheda reale di prova indicizzazione",
      ente_nome: sampleComune.name,
      ente_codice_istat: sampleComune.istatCode!,
      regione: sampleComune.region.slug,
    });

    expect(onlyIllustrative(await getPublishedTotals())).toBe(false);
    const slugs = await listPublishedPracticeSlugs();
    expect(slugs.filter((practice) => !practice.isSample)).toHaveLength(2);
    const withReal = (await listEntitiesWithPractices()).filter((entity) => entity.hasRealSheets);
    expect(withReal.map((entity) => entity.name).sort()).toEqual(
      ["Comune di Prova Indicizzazione", sampleComune.name].sort(),
    );
    const sampleOnly = await listSampleOnlyRegionSlugs();
    expect(sampleOnly).not.toContain("basilicata");
    expect(sampleOnly).not.toContain(sampleComune.region.slug);

    const jsonLd = practiceJsonLd((await getPublishedPracticeBySlug(newSlug))!, BASE);
    expect(jsonLd[0]).toMatchObject({
      "@type": "GovernmentService",
      name: "Sportello reale di prova indicizzazione",
      provider: { "@type": "GovernmentOrganization", name: "Comune di Prova Indicizzazione" },
      areaServed: { name: "Basilicata" },
    });
  });
});
