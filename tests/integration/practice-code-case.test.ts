import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSession, deleteSession } from "@/lib/auth/session-store";
import { db } from "@/lib/db";
import { analyseImport, saveImportJob, type ImportFile } from "@/lib/import/analyse";
import { commitImportJob } from "@/lib/import/apply";
import { itemAt } from "@/lib/item-at";
import { formValuesFromSnapshot } from "@/lib/practices/form-values";
import { practiceRelations } from "@/lib/practices/mutations";
import { loadReference } from "@/lib/practices/reference";
import { proposePracticeCode } from "@/lib/practices/proposed-code";
import { snapshotOf } from "@/lib/practices/snapshot";
import { publishSubmission } from "@/lib/submissions/decide";
import { ACCOUNTS } from "@/tests/e2e/support/accounts";
import { fixture, snapshotCatalogue } from "../fixtures/import/fixture-files";

// A sheet's code is its key in imports, and people type it in any case: «imp-case-01» is the
// sheet «IMP-CASE-01», never a second one — from an import, the edit form, a published proposal,
// or a write that gets past them all (the database refuses it).

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, refresh: () => {}, updateTag: () => {} }));
vi.mock("next/server", () => ({ after: () => {} }));

const { savePracticeForm } = await import("@/lib/practices/actions");

type Row = Record<string, unknown>;

let restore: () => Promise<void>;
let editorId: number;
let token: string;
beforeAll(async () => {
  restore = await snapshotCatalogue();
  editorId = (await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.editor.email } })).id;
  token = (await createSession(db, editorId, {})).token;
  jar.set("sessione_admin", token);
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
});
afterAll(async () => {
  // Sheets a failing run may have created in lower case, which restore() does not match.
  await db.practice.deleteMany({ where: { code: { startsWith: "imp-case", mode: "insensitive" } } });
  await db.submission.deleteMany({ where: { code: { startsWith: "IMP-CASE" } } });
  await db.practice.deleteMany({ where: { code: { startsWith: "SCH-209", mode: "insensitive" } } });
  await restore();
  await deleteSession(db, token);
  await db.$disconnect();
});

/** The first sheet of the fixtures, a draft, under another code. */
function row(code: string, title = "Spesa e farmaci a domicilio per gli anziani di Forlì"): Row {
  const [first] = JSON.parse(new TextDecoder().decode(fixture("valid.json").bytes)) as Row[];
  return { ...first, codice: code, titolo: title, stato: "bozza" };
}

const jsonFile = (rows: Row[]): ImportFile => ({
  name: "schede.json",
  bytes: new TextEncoder().encode(JSON.stringify(rows)),
});

async function importRows(rows: Row[]) {
  const analysis = await analyseImport(db, await loadReference(), jsonFile(rows));
  expect(analysis.summary.problems).toEqual([]);
  const job = await saveImportJob(db, analysis, null);
  await commitImportJob(db, job.id, null);
  return analysis.summary;
}

const sheetsLike = (code: string) =>
  db.practice.findMany({ where: { code: { equals: code, mode: "insensitive" } }, select: { code: true, title: true } });

const isRedirect = (error: unknown) =>
  String((error as { digest?: unknown } | null)?.digest ?? "").startsWith("NEXT_REDIRECT");

function formData(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values))
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  return data;
}

describe("an import", () => {
  it("updates the sheet whose code differs only in case, and keeps the catalogue's spelling", async () => {
    await importRows([row("IMP-CASE-01")]);
    const summary = await importRows([row("imp-case-01", "Spesa e farmaci a casa degli anziani di Forlì")]);

    expect(summary.counts).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(itemAt(summary.rows, 0)).toMatchObject({ code: "IMP-CASE-01", outcome: "updated" });
    expect(itemAt(summary.rows, 0).changes?.map((change) => change.field)).toEqual(["title"]);
    expect(await sheetsLike("IMP-CASE-01")).toEqual([
      { code: "IMP-CASE-01", title: "Spesa e farmaci a casa degli anziani di Forlì" },
    ]);
  });

  it("still refuses two rows of one file whose codes differ only in case", async () => {
    const analysis = await analyseImport(db, await loadReference(), jsonFile([row("IMP-CASE-02"), row("imp-case-02")]));
    expect(analysis.summary.problems.map((problem) => problem.message)).toEqual([
      "Codice: «IMP-CASE-02» compare anche alla riga 2: ogni scheda deve avere un codice diverso.",
      "Codice: «imp-case-02» compare anche alla riga 1: ogni scheda deve avere un codice diverso.",
    ]);
  });
});

describe("the edit form", () => {
  it("refuses a new sheet whose code is an existing one in another case, next to the field", async () => {
    await importRows([row("IMP-CASE-03")]);
    const current = await db.practice.findUniqueOrThrow({ where: { code: "IMP-CASE-03" }, include: practiceRelations });
    const values = { ...formValuesFromSnapshot(snapshotOf(current)), codice: "imp-case-03" };

    const state = await savePracticeForm({}, formData(values));
    expect(state.errors?.codice).toEqual([
      "Codice: esiste già una scheda con questo codice («IMP-CASE-03»; maiuscole e minuscole non contano).",
    ]);
    expect(await sheetsLike("IMP-CASE-03")).toHaveLength(1);
  });

  it("refuses an edit that changes only the case of the code", async () => {
    const current = await db.practice.findUniqueOrThrow({ where: { code: "IMP-CASE-03" }, include: practiceRelations });
    const values = { ...formValuesFromSnapshot(snapshotOf(current)), codice: "Imp-Case-03" };

    const state = await savePracticeForm(
      {},
      formData({ ...values, id: String(current.id), versione: String(current.version) }),
    );
    expect(state.errors?.codice).toEqual(["Codice: il codice di una scheda esistente non si può cambiare."]);
    expect(await sheetsLike("IMP-CASE-03")).toEqual([{ code: "IMP-CASE-03", title: current.title }]);
  });
});

describe("the proposed code of a new sheet", () => {
  it("is the next free one after a sheet was created with the previous proposal", async () => {
    const year = 2097;
    const first = await proposePracticeCode(year);
    expect(first).toBe("SCH-2097-0001");
    await importRows([row(first)]);
    expect(await proposePracticeCode(year)).toBe("SCH-2097-0002");
    await importRows([row("sch-2097-0002")]);
    expect(await proposePracticeCode(year)).toBe("SCH-2097-0003");
  });

  it("taken by another editor's save at the same moment is a field error with the next free code, not a crash", async () => {
    const current = await db.practice.findUniqueOrThrow({ where: { code: "IMP-CASE-03" }, include: practiceRelations });
    const code = await proposePracticeCode(2098);
    const values = (title: string, key: string) => ({
      ...formValuesFromSnapshot(snapshotOf(current)),
      codice: code,
      titolo: title,
      chiave_bozza: key,
    });
    // Both pass the check for an existing code before either writes.
    const states = await Promise.allSettled([
      savePracticeForm({}, formData(values("Prima scheda nuova dello stesso momento", "a"))),
      savePracticeForm({}, formData(values("Seconda scheda nuova dello stesso momento", "b"))),
    ]);
    const created = states.filter((state) => state.status === "rejected" && isRedirect(state.reason));
    const refused = states.flatMap((state) => (state.status === "fulfilled" ? [state.value] : []));
    const thrown = states.flatMap((state) =>
      state.status === "rejected" && !isRedirect(state.reason) ? [String(state.reason)] : [],
    );
    expect(thrown).toEqual([]);
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.errors?.codice).toEqual([
      `Codice: esiste già una scheda con questo codice. Il primo libero è «SCH-2098-0002»: è stato inserito nel campo, salva di nuovo.`,
    ]);
    expect(refused[0]!.values?.codice).toBe("SCH-2098-0002");
    expect(refused[0]!.values?.titolo).toMatch(/scheda nuova dello stesso momento/);
    expect(await sheetsLike(code)).toHaveLength(1);
  });
});

describe("a published proposal", () => {
  it("is refused when its code is an existing sheet's in another case", async () => {
    const analysis = await analyseImport(db, await loadReference(), jsonFile([row("imp-case-03")]));
    const draft = itemAt(analysis.rows, 0).draft;
    const submission = await db.submission.create({
      data: {
        code: "IMP-CASE-PROPOSTA",
        kind: "NEW_PRACTICE",
        tokenHash: "imp-case-proposta",
        payload: {},
        title: draft.title,
        entityName: "Comune di Forlì",
        regionId: 8,
      },
    });
    expect(await publishSubmission(db, submission.id, { ...draft, code: "imp-case-03" }, editorId)).toEqual({
      outcome: "code-taken",
    });
    expect(await sheetsLike("IMP-CASE-03")).toHaveLength(1);
  });
});

describe("the database", () => {
  it("refuses a second sheet whose code differs only in case", async () => {
    const { entityId, slug } = await db.practice.findUniqueOrThrow({ where: { code: "IMP-CASE-03" } });
    await expect(
      db.practice.create({
        data: {
          code: "iMP-cASE-03",
          slug: `${slug}-copia`,
          title: "Una copia",
          summary: "Una copia della scheda.",
          description: "Una copia della scheda, con il codice in minuscolo.",
          serviceType: "NUOVO",
          entityId,
        },
      }),
    ).rejects.toThrow(/Unique constraint failed/);
  });

  it("was built by a migration that stops, naming them, where sheets already share a code", async () => {
    const folder = readdirSync("prisma/migrations").find((name) => name.endsWith("_practice_code_ignoring_case"))!;
    const migration = readFileSync(path.join("prisma/migrations", folder, "migration.sql"), "utf8");
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(`DROP INDEX "Practice_code_lower_key"`);
      await client.query(`
        INSERT INTO "Practice" ("code", "slug", "title", "summary", "description", "serviceType", "entityId", "updatedAt")
        SELECT 'imp-case-03', "slug" || '-copia', "title", "summary", "description", "serviceType", "entityId", now()
        FROM "Practice" WHERE "code" = 'IMP-CASE-03'`);
      await expect(client.query(migration)).rejects.toThrow(
        /stesso codice a meno di maiuscole e minuscole: IMP-CASE-03, imp-case-03\./,
      );
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
  });
});
