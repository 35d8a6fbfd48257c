import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pruneExpired } from "@/lib/housekeeping";
import { addStaffFollowUp, approveOpenSubmission } from "@/lib/open-collection/decide";
import {
  followUpFromValues,
  parseFollowUp,
  parseReplication,
  replicationFromValues,
} from "@/lib/open-collection/input";
import {
  compareDeclarationsWithFollowUps,
  countReplicationsByRegion,
  getOpenCollection,
  getReplicationSummaries,
  listMostReplicated,
  listRecentOpenCollection,
  listRegionReplications,
} from "@/lib/open-collection/queries";
import { parseListParams } from "@/lib/api/params";
import { buildFacetOptions } from "@/lib/practices/facet-options";
import type { FormValues } from "@/lib/practices/form-values";
import { searchPractices } from "@/lib/practices/queries";
import { parsePracticeFilters } from "@/lib/practices/search-params";
import type { Reference } from "@/lib/practices/practice-input";
import { readReference } from "@/lib/practices/reference-query";
import { rejectSubmission } from "@/lib/submissions/decide";
import { PERSONAL_DATA_RETENTION_MS } from "@/lib/submissions/limits";
import { recordSubmission, type NewSubmission } from "@/lib/submissions/submit";
import { ACCOUNTS } from "@/tests/e2e/support/accounts";
import { seedBusySheet } from "@/scripts/bench/open-collection-fixture";

// Replications and follow-ups against the real database: a pending or rejected one has no public
// row; an approved one is public, audited in its transaction, linked both ways when the
// replicating entity is in the catalogue, counted by the statistics, and carries no sender data.
// Illustrative sheets receive neither.

const RUN = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
const SENDER_EMAIL = `segreto-${RUN}@comune.esempio.it`;
let reference: Reference;
let editorId: number;
let origin: { id: number; slug: string; entityId: number };
let replicator: { id: number; slug: string; entityId: number };
let sample: { id: number };
const entityIds: number[] = [];

async function realSheet(
  name: string,
  regionId: number,
  istatCode: string | null,
  sustainability = "CONTINUA" as const,
) {
  const entity = await db.entity.create({
    data: { slug: `ente-${RUN}-${entityIds.length}`, name, kind: "COMUNE", istatCode, regionId },
  });
  entityIds.push(entity.id);
  const practice = await db.practice.create({
    data: {
      code: `REPL-${RUN}-${entityIds.length}`,
      slug: `pratica-${RUN}-${entityIds.length}`,
      title: `Pratica di prova ${RUN} ${name}`,
      summary: "Sintesi.",
      description: "Descrizione.",
      serviceType: "NUOVO",
      sustainability,
      status: "PUBLISHED",
      publishedAt: new Date(),
      entityId: entity.id,
      terms: { create: [{ termId: reference.terms.find((t) => t.vocabulary === "AREA")!.id }] },
    },
  });
  return { id: practice.id, slug: practice.slug, entityId: entity.id };
}

beforeAll(async () => {
  reference = await readReference(db);
  editorId = (await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.editor.email } })).id;
  origin = await realSheet(`Comune di Origine ${RUN}`, 16, null);
  replicator = await realSheet("Comune di Calliano", 4, "022035");
  sample = (await db.practice.findFirstOrThrow({
    where: { isSample: true, status: "PUBLISHED" },
    select: { id: true },
  }))!;
});

afterAll(async () => {
  await db.submission.deleteMany({ where: { title: { contains: RUN } } });
  await db.practice.deleteMany({ where: { code: { startsWith: `REPL-${RUN}` } } });
  await db.entity.deleteMany({ where: { id: { in: entityIds } } });
  await db.$disconnect();
});

const sender = {
  richiedente_nome: "Giulia Bianchi",
  richiedente_ruolo: "Responsabile ufficio di piano",
  richiedente_email: SENDER_EMAIL,
  richiedente_ente: "Comune di Calliano",
};

function replicationValues(overrides: FormValues = {}): FormValues {
  return {
    ente_tipo: "comune",
    comune: "Calliano (Trento)",
    data_avvio: "2022-03-01",
    cosa_cambia: "Abbiamo aggiunto le visite a domicilio il sabato.",
    nota: `Attiva in tutta la valle ${RUN}`,
    ...sender,
    ...overrides,
  };
}

async function submit(input: Omit<NewSubmission, "token" | "clientAddress" | "challengeId">) {
  const token = randomBytes(32).toString("base64url");
  const outcome = await recordSubmission(db, { ...input, token, clientAddress: null, challengeId: null });
  expect(outcome.outcome).toBe("created");
  return db.submission.findFirstOrThrow({ where: { code: "code" in outcome ? outcome.code : "" } });
}

async function submitReplication(practiceId: number, values = replicationValues()) {
  const parsed = parseReplication(values, reference);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return submit({
    kind: "REPLICATION",
    values: parsed.values,
    title: `Replica ${RUN}`,
    entity: parsed.data.entity,
    practiceId,
    submitter: parsed.submitter,
  });
}

async function submitFollowUp(practiceId: number, values: FormValues) {
  const parsed = parseFollowUp({ ...sender, ...values });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return submit({
    kind: "FOLLOW_UP",
    values: parsed.values,
    title: `Aggiornamento ${RUN}`,
    entity: { name: "Comune di Origine", istatCode: null, regionId: 16 },
    practiceId,
    submitter: parsed.submitter,
  });
}

describe("the replication and follow-up forms", () => {
  it("find the comune in ISTAT's list, refuse future dates and keep the sender out of the stored values", () => {
    const ok = parseReplication(replicationValues(), reference);
    expect(ok.ok && ok.data.entity).toEqual({
      name: "Comune di Calliano",
      kind: "COMUNE",
      istatCode: "022035",
      regionId: 4,
      province: "Trento",
    });
    expect(ok.ok && JSON.stringify(ok.values)).not.toContain(SENDER_EMAIL);
    const bad = parseReplication(replicationValues({ data_avvio: "2999-01-01", cosa_cambia: "" }), reference);
    expect(!bad.ok && bad.errors.data_avvio).toEqual(["Data di avvio: non può essere nel futuro."]);
    expect(!bad.ok && bad.errors.cosa_cambia).toEqual(["Cosa avete cambiato: campo obbligatorio."]);
    const followUp = parseFollowUp({ ...sender, data: "2023-05-10", stato: "finita", testo: "x" });
    expect(!followUp.ok && Object.keys(followUp.errors).sort()).toEqual(["stato", "testo"]);
  });

  it("keep what was checked, not what was typed: spaces past the limits are not stored, nor published on approval", async () => {
    const filler = " ".repeat(20_000);
    const padded = replicationValues({
      ente_tipo: "ambito",
      ente_nome: `  Ambito   dei Trulli${filler}`,
      regione: "puglia",
      cosa_cambia: `  Visite anche la domenica.  \r\n${filler}`,
      nota: `Nota breve${filler}`,
    });
    const replication = await submitReplication(origin.id, padded);
    const stored = JSON.stringify(replication.payload);
    expect(stored.length).toBeLessThan(2_000);
    expect(replicationFromValues((replication.payload as { values: FormValues }).values)).toMatchObject({
      entity: { name: "Ambito   dei Trulli" },
      changes: "Visite anche la domenica.",
      note: "Nota breve",
    });

    const followUp = await submitFollowUp(origin.id, {
      data: "2023-05-10",
      stato: "prosegue",
      testo: `Prosegue come prima.${filler}`,
    });
    expect(JSON.stringify(followUp.payload).length).toBeLessThan(1_000);
    expect(followUpFromValues((followUp.payload as { values: FormValues }).values).text).toBe("Prosegue come prima.");
    await db.submission.deleteMany({ where: { id: { in: [replication.id, followUp.id] } } });
  });
});

describe("moderating replications and follow-ups", () => {
  it("shows nothing while pending; approving publishes it, audited, linked both ways, without the sender", async () => {
    const submission = await submitReplication(origin.id);
    expect(submission).toMatchObject({ kind: "REPLICATION", status: "RECEIVED", practiceId: origin.id, flagged: true });
    expect((await getOpenCollection(origin.id, origin.entityId)).replications).toHaveLength(0);

    const decision = await approveOpenSubmission(db, submission.id, editorId);
    expect(decision).toEqual({ outcome: "approved", practiceSlug: origin.slug, linkedSlugs: [replicator.slug] });
    expect(await approveOpenSubmission(db, submission.id, editorId)).toEqual({ outcome: "already-decided" });

    const collection = await getOpenCollection(origin.id, origin.entityId);
    expect(collection.replications).toHaveLength(1);
    expect(collection.replications[0]).toMatchObject({
      entityName: "Comune di Calliano",
      region: { id: 4 },
      note: `Attiva in tutta la valle ${RUN}`,
      entitySheets: [{ slug: replicator.slug }],
    });
    // The other way: the replicating entity's sheet names what it replicated.
    const back = await getOpenCollection(replicator.id, replicator.entityId);
    expect(back.replicatedByEntity.map((p) => p.slug)).toEqual([origin.slug]);

    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "replication.approve", targetId: String(submission.id) },
    });
    expect(audit).toMatchObject({ actorId: editorId, practiceIds: [origin.id] });
    expect(await db.submission.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({
      status: "PUBLISHED",
      decidedById: editorId,
    });

    const publicText = JSON.stringify([
      collection,
      await listRecentOpenCollection(),
      await listMostReplicated(50),
      await listRegionReplications(4),
    ]);
    expect(publicText).not.toContain(SENDER_EMAIL);
    expect(publicText).not.toContain("Giulia Bianchi");
  });

  it("never publishes a rejected follow-up; an approved one becomes the current state, the 2020 value kept", async () => {
    const rejected = await submitFollowUp(origin.id, {
      data: "2021-06-01",
      stato: "terminata",
      testo: `Respinto ${RUN}`,
    });
    expect((await rejectSubmission(db, rejected.id, "Non è dell'ente della scheda.", editorId)).outcome).toBe(
      "rejected",
    );
    expect(await approveOpenSubmission(db, rejected.id, editorId)).toEqual({ outcome: "already-decided" });

    const approved = await submitFollowUp(origin.id, {
      data: "2023-05-10",
      stato: "prosegue-modificata",
      testo: `Prosegue con fondi regionali ${RUN}`,
    });
    expect((await approveOpenSubmission(db, approved.id, editorId)).outcome).toBe("approved");
    const staff = await addStaffFollowUp(
      db,
      origin.id,
      { date: "2022-01-15", status: "PROSEGUE", text: "Verificato dalla redazione." },
      editorId,
    );
    expect(staff.outcome).toBe("created");

    const { followUps } = await getOpenCollection(origin.id, origin.entityId);
    expect(followUps.map((f) => [f.status, f.byStaff])).toEqual([
      ["PROSEGUE_MODIFICATA", false],
      ["PROSEGUE", true],
    ]);
    expect(JSON.stringify(followUps)).not.toContain(`Respinto ${RUN}`);
    expect((await listRecentOpenCollection(100)).followUps.map((f) => f.text)).not.toContain(`Respinto ${RUN}`);
    const summary = (await getReplicationSummaries([origin.id, replicator.id])).get(origin.id);
    expect(summary).toMatchObject({ replications: 1, latestStatus: "PROSEGUE_MODIFICATA" });
    expect((await db.practice.findUniqueOrThrow({ where: { id: origin.id } })).sustainability).toBe("CONTINUA");
    expect(
      await db.auditEvent.count({
        where: { action: { in: ["follow-up.approve", "follow-up.create"] }, practiceIds: { has: origin.id } },
      }),
    ).toBe(2);
  });

  it("counts them in the statistics and the region pages", async () => {
    expect((await listMostReplicated(1000)).find((p) => p.slug === origin.slug)?.count).toBe(1);
    expect((await countReplicationsByRegion()).find((r) => r.regionId === 4)?.count).toBeGreaterThanOrEqual(1);
    const { byRegion, byArea } = await compareDeclarationsWithFollowUps();
    expect(byRegion).toContainEqual(
      expect.objectContaining({ group: "Puglia", declared: "CONTINUA", latest: "PROSEGUE_MODIFICATA" }),
    );
    expect(byArea.length).toBeGreaterThan(0);
    const puglia = await listRegionReplications(16);
    expect(puglia.outOf.map((r) => r.practice.slug)).toContain(origin.slug);
    const trentino = await listRegionReplications(4);
    expect(trentino.into.map((r) => r.practice.slug)).toContain(origin.slug);
  });

  it("filters and sorts the listing and the API by replication (replicata=si|no, ordina=piu-replicate)", async () => {
    const slugsOf = async (params: Record<string, string>) => {
      const result = await searchPractices(parsePracticeFilters({ q: RUN, ...params }));
      return result.items.map((item) => item.slug);
    };
    expect(await slugsOf({ replicata: "si" })).toEqual([origin.slug]);
    expect(await slugsOf({ replicata: "no" })).toEqual([replicator.slug]);
    expect((await slugsOf({ ordina: "piu-replicate" }))[0]).toBe(origin.slug);
    expect(parsePracticeFilters({ replicata: "forse" }).replicated).toBeNull();
    const api = parseListParams(
      buildFacetOptions(await db.region.findMany(), []),
      new URLSearchParams("replicata=forse"),
    );
    expect(api.ok).toBe(false);
  });

  it("keeps illustrative sheets free of replications and follow-ups", async () => {
    const submission = await submitReplication(sample.id, replicationValues({ comune: "Trento" }));
    expect(await approveOpenSubmission(db, submission.id, editorId)).toEqual({ outcome: "sheet-not-public" });
    expect(
      (await addStaffFollowUp(db, sample.id, { date: "2022-01-01", status: "TERMINATA", text: "No." }, editorId))
        .outcome,
    ).toBe("sheet-not-public");
    expect(await db.practiceReplication.count({ where: { practiceId: sample.id } })).toBe(0);
    expect(await db.practiceFollowUp.count({ where: { practiceId: sample.id } })).toBe(0);
  });

  it("the benchmark's busy sheet has 50 replications and 20 follow-ups, read in one page's queries", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const slug = await seedBusySheet(client);
      const sheet = await db.practice.findUniqueOrThrow({ where: { slug } });
      const collection = await getOpenCollection(sheet.id, sheet.entityId);
      expect([collection.replications.length, collection.followUps.length]).toEqual([50, 20]);
      const published = await getOpenCollection(sheet.id, sheet.entityId, { publishedOnly: true });
      expect([published.replications.length, published.followUps.length]).toEqual([50, 20]);
      // The public read gives nothing once the sheet is not public; the staff's read still all.
      await db.practice.update({ where: { id: sheet.id }, data: { status: "ARCHIVED" } });
      const hidden = await getOpenCollection(sheet.id, sheet.entityId, { publishedOnly: true });
      expect([hidden.replications.length, hidden.followUps.length]).toEqual([0, 0]);
      const staff = await getOpenCollection(sheet.id, sheet.entityId);
      expect([staff.replications.length, staff.followUps.length]).toEqual([50, 20]);
      await db.practice.delete({ where: { id: sheet.id } });
      await db.entity.delete({ where: { id: sheet.entityId } });
    } finally {
      await client.end();
    }
  });

  it("erases the sender 90 days after the decision, keeping the public replication", async () => {
    const submission = await db.submission.findFirstOrThrow({
      where: { title: `Replica ${RUN}`, status: "PUBLISHED" },
    });
    await pruneExpired(db, new Date(submission.decidedAt!.getTime() + PERSONAL_DATA_RETENTION_MS + 60_000));
    const after = await db.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(after.submitterEmail).toBeNull();
    expect(await db.practiceReplication.count({ where: { submissionId: submission.id } })).toBe(1);
  });
});
