import { createChallenge, solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "@/lib/auth/session-store";
import { comuniByIstatCode } from "@/lib/comuni";
import { db } from "@/lib/db";
import { pruneExpired } from "@/lib/housekeeping";
import { practiceRecord } from "@/lib/open-data/record";
import { readReference } from "@/lib/practices/reference-query";
import { searchPractices } from "@/lib/practices/queries";
import { parsePracticeFilters } from "@/lib/practices/search-params";
import type { Reference } from "@/lib/practices/practice-input";
import type { FormValues } from "@/lib/practices/form-values";
import { checkChallenge, createProposalChallenge } from "@/lib/submissions/challenge";
import { publishSubmission, rejectSubmission } from "@/lib/submissions/decide";
import { checkFormStamp, makeFormStamp } from "@/lib/submissions/form-stamp";
import { MIN_FILL_MS, PERSONAL_DATA_RETENTION_MS } from "@/lib/submissions/limits";
import { parseProposal } from "@/lib/submissions/proposal-input";
import { findPossibleDuplicates, findSubmissionStatus, getSubmissionForReview } from "@/lib/submissions/queries";
import { recordProposal, type NewProposal } from "@/lib/submissions/submit";
import { randomBytes } from "node:crypto";
import { ACCOUNTS } from "@/tests/e2e/support/accounts";
import { snapshotCatalogue } from "../fixtures/import/fixture-files";

// Public proposals against the real database: the same zod schema as the editor, one row per
// form however often it is sent, the limits, the proof-of-work, publication as a real sheet
// found by search, rejection that stays private, and the erasure of the sender's data.

let reference: Reference;
let editorId: number;
const created: number[] = [];
const published: number[] = [];
let restore: () => Promise<void>;
const RUN = Date.now().toString(36);

beforeAll(async () => {
  restore = await snapshotCatalogue();
  reference = await readReference(db);
  editorId = (await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.editor.email } })).id;
});

afterAll(async () => {
  await db.submission.deleteMany({ where: { OR: [{ id: { in: created } }, { title: { contains: RUN } }] } });
  // The real sheet published here would make the seeded catalogue indexable for the tests after.
  await db.practice.deleteMany({ where: { id: { in: published } } });
  await restore();
  await db.$disconnect();
});

const token = () => randomBytes(32).toString("base64url");

function formValues(overrides: FormValues = {}): FormValues {
  return {
    ente_tipo: "comune",
    comune: "Calliano (Trento)",
    titolo: `Sportello di quartiere per gli anziani soli ${RUN}`,
    sintesi: "Uno sportello che telefona ogni giorno agli anziani che vivono soli.",
    descrizione: "Gli operatori chiamano ogni mattina gli anziani soli, portano la spesa e i farmaci.",
    tipo_servizio: "nuovo",
    aree_utenza: ["anziani"],
    sostenibilita: "continua",
    risorse_necessarie: "Due operatori a tempo parziale e un telefono.",
    difficolta: "Raggiungere chi non ha il telefono.",
    consigli_replica: "Partire dagli elenchi dei servizi domiciliari.",
    contatto_pubblico: "servizisociali@comune.calliano.tn.it",
    richiedente_nome: "Maria Rossi",
    richiedente_ruolo: "Assistente sociale",
    richiedente_email: "m.rossi@comune.calliano.tn.it",
    richiedente_ente: "Comune di Calliano",
    ...overrides,
  };
}

function proposal(values: FormValues, extra: Partial<NewProposal> = {}): NewProposal {
  const parsed = parseProposal(values, reference);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return {
    token: token(),
    draft: parsed.draft,
    sheetValues: parsed.sheetValues,
    submitter: parsed.submitter,
    clientAddress: null,
    challengeId: null,
    ...extra,
  };
}

async function record(input: NewProposal, now?: Date) {
  const outcome = await recordProposal(db, input, now);
  const row = await db.submission.findUnique({ where: { tokenHash: hashToken(input.token) } });
  if (row) created.push(row.id);
  return { outcome, row };
}

describe("the proposal form's validation", () => {
  it("uses the sheet schema: the same messages as the editor, plus the entity and the sender", () => {
    const parsed = parseProposal(
      formValues({ titolo: "", aree_utenza: [], richiedente_email: "non-una-mail" }),
      reference,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.titolo).toEqual(["Titolo: campo obbligatorio."]);
    expect(parsed.errors.aree_utenza).toEqual(["Aree di utenza: indica almeno un'area."]);
    expect(parsed.errors.richiedente_email?.[0]).toMatch(/non è un indirizzo e-mail valido/);
  });

  it("keeps for the editor what was checked, not what was typed", async () => {
    const filler = " ".repeat(20_000);
    const input = proposal(
      formValues({
        titolo: `  Sportello per gli anziani ${RUN}  ${filler}`,
        descrizione: `Gli operatori chiamano ogni mattina gli anziani soli.  \r\n${filler}`,
        operatori_totale: "1.200",
        aree_utenza: ["ANZIANI", " anziani "],
        sostenibilita: "Proseguirà dopo l'emergenza",
      }),
    );
    expect(input.sheetValues).toMatchObject({
      titolo: `Sportello per gli anziani ${RUN}`,
      descrizione: "Gli operatori chiamano ogni mattina gli anziani soli.",
      operatori_totale: "1200",
      aree_utenza: ["anziani"],
      sostenibilita: "continua",
      ente_nome: "Comune di Calliano",
    });
    const { row } = await record(input);
    expect(JSON.stringify(row!.payload).length).toBeLessThan(3_000);
  });

  it("finds the comune in ISTAT's list, and suggests when the name is unknown or shared", () => {
    const ok = parseProposal(formValues(), reference);
    expect(ok.ok && ok.draft.entity).toMatchObject({ name: "Comune di Calliano", istatCode: "022035", kind: "COMUNE" });
    const shared = parseProposal(formValues({ comune: "Calliano" }), reference);
    expect(!shared.ok && shared.errors.comune?.[0]).toMatch(/più comuni hanno questo nome.*Calliano \(Asti\)/);
    const unknown = parseProposal(formValues({ comune: "Forl" }), reference);
    expect(!unknown.ok && unknown.errors.comune?.[0]).toMatch(/non è nell'elenco ISTAT.*Forlì \(Forlì-Cesena\)/);
    // Only the comune is wrong: the entity type chosen and the region (asked only for an ambito)
    // get no error of their own.
    for (const comune of ["", "Soletto", "Calliano"]) {
      const parsed = parseProposal(formValues({ comune }), reference);
      expect(!parsed.ok && Object.keys(parsed.errors), comune).toEqual(["comune"]);
    }
  });

  it("takes an ambito by name with its region", () => {
    const parsed = parseProposal(
      formValues({ ente_tipo: "ambito", comune: "", ente_nome: `Ambito sociale di prova ${RUN}`, regione: "puglia" }),
      reference,
    );
    expect(parsed.ok && parsed.draft.entity).toMatchObject({ kind: "AMBITO", regionId: 16, istatCode: null });
  });
});

describe("the form stamp", () => {
  it("refuses a form sent too fast, altered, or a day old", () => {
    const now = Date.UTC(2026, 10, 30, 10);
    const stamp = makeFormStamp("segreto", now);
    expect(checkFormStamp("segreto", stamp, now + 1000)).toEqual({ ok: false, reason: "too-fast" });
    expect(checkFormStamp("segreto", stamp, now + MIN_FILL_MS)).toMatchObject({ ok: true });
    expect(checkFormStamp("altro", stamp, now + MIN_FILL_MS)).toEqual({ ok: false, reason: "invalid" });
    expect(checkFormStamp("segreto", stamp.replace(/\.\d+\./, `.${now - 60_000}.`), now + MIN_FILL_MS)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(checkFormStamp("segreto", stamp, now + 25 * 3_600_000)).toEqual({ ok: false, reason: "expired" });
  });
});

describe("recording a proposal", () => {
  it("writes one row per form: a reload or a double click finds the first", async () => {
    const input = proposal(formValues());
    const results = await Promise.all([
      recordProposal(db, input),
      recordProposal(db, input),
      recordProposal(db, input),
    ]);
    const rows = await db.submission.findMany({ where: { tokenHash: hashToken(input.token) } });
    created.push(...rows.map((r) => r.id));
    expect(rows).toHaveLength(1);
    expect(results.map((r) => r.outcome).sort()).toEqual(["created", "existing", "existing"]);
    expect(new Set(results.map((r) => ("code" in r ? r.code : null)))).toEqual(new Set([rows[0]!.code]));
    expect(rows[0]).toMatchObject({
      status: "RECEIVED",
      flagged: true,
      submitterEmail: "m.rossi@comune.calliano.tn.it",
    });
    // Only the hash of the private link's token is stored.
    expect(JSON.stringify(rows[0])).not.toContain(input.token);
  });

  it("accepts a solved proof-of-work once, refuses a forged one, and flags a proposal without one", async () => {
    const challenge = await createProposalChallenge(db);
    const solution = await solveChallenge({ challenge, deriveKey });
    const field = Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
    const check = await checkChallenge(db, field);
    expect(check.outcome).toBe("solved");
    if (check.outcome !== "solved") return;
    const first = await record(proposal(formValues({ comune: "Trento" }), { challengeId: check.id }));
    expect(first.outcome.outcome).toBe("created");
    expect(first.row?.flagged).toBe(false);
    const again = await record(proposal(formValues({ comune: "Rovereto" }), { challengeId: check.id }));
    expect(again.outcome).toEqual({ outcome: "challenge-reused" });

    // A challenge signed with another key (not ours), solved honestly, is refused.
    const foreign = await createChallenge({
      algorithm: "SHA-256",
      cost: 1,
      deriveKey,
      hmacSignatureSecret: "altro",
      counter: 5,
    });
    const foreignSolution = await solveChallenge({ challenge: foreign, deriveKey });
    const forged = Buffer.from(JSON.stringify({ challenge: foreign, solution: foreignSolution })).toString("base64");
    expect((await checkChallenge(db, forged)).outcome).toBe("refused");
    expect((await checkChallenge(db, "bm9uIGpzb24=")).outcome).toBe("refused");
    expect((await checkChallenge(db, "")).outcome).toBe("absent");
  });

  // The limits: tests/integration/submission-limits.test.ts.
});

describe("moderation", () => {
  it("publishes a proposal as a real sheet with its history, found by search, linked from the status page", async () => {
    const input = proposal(formValues({ comune: "Pergine Valsugana", titolo: `Telefonata amica quotidiana ${RUN}` }));
    const { row } = await record(input);
    const review = await getSubmissionForReview(row!.id);
    expect(review?.values).toMatchObject({ titolo: `Telefonata amica quotidiana ${RUN}`, ente_codice_istat: "022139" });

    const draft = { ...input.draft, code: row!.code };
    const outcome = await publishSubmission(db, row!.id, draft, editorId);
    expect(outcome.outcome).toBe("published");
    const practice = await db.practice.findFirstOrThrow({
      where: { code: row!.code },
      include: {
        revisions: true,
        submissions: true,
        entity: { include: { region: true } },
        terms: { include: { term: true } },
      },
    });
    published.push(practice.id);
    expect(practice).toMatchObject({
      isSample: false,
      status: "PUBLISHED",
      resourcesNeeded: "Due operatori a tempo parziale e un telefono.",
    });
    expect(practice.revisions).toMatchObject([{ version: 1, source: "SUBMISSION", userId: editorId }]);
    expect(practice.submissions.map((s) => s.id)).toEqual([row!.id]);
    expect(await db.submission.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({
      status: "PUBLISHED",
      decidedById: editorId,
      practiceId: practice.id,
    });
    const decisions = await db.auditEvent.findMany({
      where: { practiceIds: { has: practice.id } },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true },
    });
    expect(decisions).toEqual([
      { action: "practice.create", actorId: editorId },
      { action: "submission.publish", actorId: editorId },
    ]);

    const found = await searchPractices(parsePracticeFilters({ q: "telefonata amica quotidiana" }));
    expect(found.items.map((p) => p.slug)).toContain(practice.slug);
    const status = await findSubmissionStatus(input.token);
    expect(status).toMatchObject({ status: "PUBLISHED", practice: { slug: practice.slug, status: "PUBLISHED" } });
    // The open-data record carries the new fields and nothing of the sender.
    const recordJson = JSON.stringify(practiceRecord(practice, "http://localhost", new Map()));
    expect(recordJson).toContain("servizisociali@comune.calliano.tn.it");
    expect(recordJson).not.toContain("m.rossi@");
    expect(recordJson).not.toContain("Maria Rossi");

    expect((await publishSubmission(db, row!.id, { ...draft, code: `${row!.code}-B` }, editorId)).outcome).toBe(
      "already-decided",
    );
    const duplicates = await findPossibleDuplicates({ ...review!, title: `Telefonata amica quotidiana ${RUN}` });
    expect(duplicates.map((d) => d.id)).toContain(practice.id);
  });

  it("two proposals published at once under the same code: one sheet, the other told the code is taken", async () => {
    const sent = await Promise.all(
      ["Pergine Valsugana", "Arco"].map(async (comune, i) => {
        const input = proposal(formValues({ comune, titolo: `Proposta con lo stesso codice ${i} ${RUN}` }));
        return { input, row: (await record(input)).row! };
      }),
    );
    const code = `SEG-STESSO-${RUN}`;
    const outcomes = await Promise.all(
      sent.map(({ input, row }) => publishSubmission(db, row.id, { ...input.draft, code }, editorId)),
    );
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["code-taken", "published"]);
    const sheet = await db.practice.findUniqueOrThrow({ where: { code } });
    published.push(sheet.id);
    const winner = outcomes.findIndex((o) => o.outcome === "published");
    expect(sheet.title).toBe(`Proposta con lo stesso codice ${winner} ${RUN}`);
    expect(sheet.version).toBe(1);
  });

  it("two proposals from one comune not yet in the catalogue, published at once: both published, on one entity", async () => {
    // A small comune no entity stands for yet, by name or by ISTAT code.
    const candidates = ["Provvidenti", "Castelverrino", "Castelpizzuto", "Pietracatella", "Montelongo"];
    const codes = [...comuniByIstatCode().values()].filter((c) => candidates.includes(c.name));
    const existing = await db.entity.findMany({
      where: {
        OR: [
          { name: { in: candidates.map((c) => `Comune di ${c}`) } },
          { istatCode: { in: codes.map((c) => c.istatCode) } },
        ],
      },
      select: { name: true, istatCode: true },
    });
    const comune = codes.find(
      (c) => !existing.some((e) => e.istatCode === c.istatCode || e.name === `Comune di ${c.name}`),
    )!.name;
    const sent = await Promise.all(
      [0, 1].map(async (i) => {
        const input = proposal(formValues({ comune, titolo: `Proposta dello stesso comune ${i} ${RUN}` }));
        return { input, row: (await record(input)).row! };
      }),
    );
    const outcomes = await Promise.all(
      sent.map(({ input, row }, i) =>
        publishSubmission(db, row.id, { ...input.draft, code: `SEG-COMUNE-${i}-${RUN}` }, editorId),
      ),
    );
    const sheets = await db.practice.findMany({ where: { code: { startsWith: "SEG-COMUNE-", endsWith: RUN } } });
    published.push(...sheets.map((sheet) => sheet.id));
    expect(outcomes.map((o) => o.outcome)).toEqual(["published", "published"]);
    expect(sheets).toHaveLength(2);
    expect(new Set(sheets.map((sheet) => sheet.entityId)).size).toBe(1);
    await db.practice.deleteMany({ where: { id: { in: sheets.map((sheet) => sheet.id) } } });
    await db.entity.deleteMany({ where: { id: sheets[0]!.entityId } });
  });

  it("rejects with a reason the status page shows, and nothing becomes public", async () => {
    const input = proposal(formValues({ comune: "Arco", titolo: `Proposta da non pubblicare ${RUN}` }));
    const { row } = await record(input);
    expect(await rejectSubmission(db, row!.id, "Descrive un servizio già nel catalogo.", editorId)).toEqual({
      outcome: "rejected",
    });
    expect(await findSubmissionStatus(input.token)).toMatchObject({
      status: "REJECTED",
      rejectionReason: "Descrive un servizio già nel catalogo.",
      practice: null,
    });
    expect(await db.practice.count({ where: { title: { contains: `Proposta da non pubblicare ${RUN}` } } })).toBe(0);
    expect(
      await db.auditEvent.findFirst({
        where: { action: "submission.reject", targetId: String(row!.id) },
        select: { actorId: true, changes: true },
      }),
    ).toMatchObject({ actorId: editorId, changes: { note: "Descrive un servizio già nel catalogo." } });
    const found = await searchPractices(parsePracticeFilters({ q: "proposta da non pubblicare" }));
    expect(found.items.map((p) => p.title)).not.toContain(`Proposta da non pubblicare ${RUN}`);
    expect((await publishSubmission(db, row!.id, { ...input.draft, code: row!.code }, editorId)).outcome).toBe(
      "already-decided",
    );
  });

  it("answers nothing for an unknown or malformed token", async () => {
    expect(await findSubmissionStatus(token())).toBeNull();
    expect(await findSubmissionStatus("abc")).toBeNull();
  });
});

describe("retention", () => {
  it("erases the sender's data 90 days after the decision, with the hourly cleanup", async () => {
    const decidedLongAgo = await record(
      proposal(formValues({ comune: "Riva del Garda" }), { clientAddress: "192.0.2.7" }),
    );
    const decidedRecently = await record(proposal(formValues({ comune: "Mori" })));
    const undecided = await record(proposal(formValues({ comune: "Ala" })));
    const decision = new Date("2026-01-10T10:00:00Z");
    await rejectSubmission(db, decidedLongAgo.row!.id, "Fuori dal tema del catalogo.", editorId, decision);
    await rejectSubmission(
      db,
      decidedRecently.row!.id,
      "Fuori dal tema del catalogo.",
      editorId,
      new Date(decision.getTime() + 2 * 86_400_000),
    );

    const clock = new Date(decision.getTime() + PERSONAL_DATA_RETENTION_MS + 86_400_000);
    const before = await pruneExpired(db, new Date(decision.getTime() + PERSONAL_DATA_RETENTION_MS - 60_000));
    expect(before.submitters).toBe(0);
    const removed = await pruneExpired(db, clock);
    expect(removed.submitters).toBeGreaterThanOrEqual(1);

    const reread = (r: { row: { id: number } | null }) => db.submission.findUniqueOrThrow({ where: { id: r.row!.id } });
    const old = await reread(decidedLongAgo);
    const recent = await reread(decidedRecently);
    const open = await reread(undecided);
    expect(old).toMatchObject({
      submitterName: null,
      submitterRole: null,
      submitterEmail: null,
      submitterEntity: null,
      clientAddress: null,
      personalDataErasedAt: clock,
      rejectionReason: "Fuori dal tema del catalogo.",
    });
    expect(recent.submitterEmail).toBe("m.rossi@comune.calliano.tn.it");
    expect(open.submitterEmail).toBe("m.rossi@comune.calliano.tn.it");
  });
});
