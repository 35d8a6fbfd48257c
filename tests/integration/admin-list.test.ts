import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSession, deleteSession } from "@/lib/auth/session-store";
import { db } from "@/lib/db";
import { listPracticesForAdmin } from "@/lib/practices/admin-list";
import { adminListSchema } from "@/lib/practices/admin-list-params";
import { draftFromSnapshot, practiceRelations, savePractice } from "@/lib/practices/mutations";
import { searchPractices } from "@/lib/practices/queries";
import { parsePracticeFilters } from "@/lib/practices/search-params";
import { snapshotOf } from "@/lib/practices/snapshot";
import { ACCOUNTS } from "@/tests/e2e/support/accounts";

// The admin sheet list on the real database: the public site's search (accents and word order
// ignored), filters, sort, and the confirmed bulk actions, each recorded in the audit log.

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, refresh: () => {}, updateTag: () => {} }));
vi.mock("next/server", () => ({ after: () => {} }));

const { bulkStatusAction } = await import("@/lib/practices/actions");
const { POST: exportSelection } = await import("@/app/admin/pratiche/esportazione/route");

const CODES = ["ADMIN-LIST-1", "ADMIN-LIST-2"];
let editorId: number;
let token: string;
let ids: number[];

const list = (params: Record<string, string>) => listPracticesForAdmin(adminListSchema.parse(params));
const form = (values: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values))
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  return data;
};

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  editorId = (await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.editor.email } })).id;
  token = (await createSession(db, editorId, {})).token;
  jar.set("sessione_admin", token);
  const sample = await db.practice.findFirstOrThrow({
    where: { isSample: true, entity: { region: { slug: "puglia" } } },
    include: practiceRelations,
  });
  ids = [];
  for (const [index, code] of CODES.entries()) {
    const draft = {
      ...draftFromSnapshot(snapshotOf(sample)),
      code,
      title: index === 0 ? "Spesa solidale a domicilio nella città vecchia" : "Ascolto telefonico serale",
      status: "DRAFT" as const,
    };
    const saved = await db.$transaction((tx) => savePractice(tx, draft, { userId: editorId, source: "FORM" }));
    ids.push(saved.practiceId);
  }
});

afterAll(async () => {
  await db.practice.deleteMany({ where: { code: { in: CODES } } });
  await deleteSession(db, token);
  await db.$disconnect();
});

describe("search", () => {
  it("ignores accents and word order, like the public site", async () => {
    const found = await list({ q: "citta domicilio SPESA" });
    expect(found.items.map((item) => item.code)).toContain("ADMIN-LIST-1");
    expect(found.items.map((item) => item.code)).not.toContain("ADMIN-LIST-2");
    expect((await list({ q: "ADMIN-LIST" })).total).toBe(2);

    // The same text condition as /pratiche: on published sheets both find the same ones.
    const q = "anziani spesa";
    const publicResult = await searchPractices(parsePracticeFilters({ q }));
    const adminResult = await list({ q, stato: "pubblicata" });
    expect(adminResult.total).toBe(publicResult.total);
    expect(adminResult.total).toBeGreaterThan(0);
  });
});

describe("filters and sort", () => {
  it("filter by status, origin, region, author and date of the last change", async () => {
    const codes = async (params: Record<string, string>) =>
      (await list({ q: "ADMIN-LIST", ...params })).items.map((item) => item.code).sort();
    expect(await codes({ stato: "bozza", origine: "modulo", regione: "puglia", autore: String(editorId) })).toEqual(
      CODES,
    );
    expect(await codes({ origine: "importata" })).toEqual([]);
    expect(await codes({ regione: "lombardia" })).toEqual([]);
    expect(await codes({ stato: "pubblicata" })).toEqual([]);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(new Date());
    expect(await codes({ dal: today, al: today })).toEqual(CODES);
    expect(await codes({ al: "2020-01-01" })).toEqual([]);
    expect((await list({ origine: "illustrativa" })).items.every((item) => item.origin === "illustrativa")).toBe(true);
  });

  it("sorts by any column, both ways", async () => {
    const order = async (ordina: string, verso: string) =>
      (await list({ q: "ADMIN-LIST", ordina, verso })).items.map((item) => item.code);
    expect(await order("codice", "asc")).toEqual(CODES);
    expect(await order("codice", "desc")).toEqual([...CODES].reverse());
    expect(await order("titolo", "asc")).toEqual(["ADMIN-LIST-2", "ADMIN-LIST-1"]);
    const [bounds] = await db.$queryRaw<{ first: string; last: string }[]>`
      SELECT min(r."name") AS "first", max(r."name") AS "last"
      FROM "Practice" p JOIN "Entity" e ON e."id" = p."entityId" JOIN "Region" r ON r."id" = e."regionId"`;
    const firstRegion = async (verso: string) =>
      (await list({ ordina: "regione", verso })).items[0]?.entity.region.name;
    expect(await firstRegion("asc")).toBe(bounds?.first);
    expect(await firstRegion("desc")).toBe(bounds?.last);
  });
});

describe("bulk actions", () => {
  it("refuse without the confirmation tick, writing nothing", async () => {
    const before = await db.auditEvent.count();
    const answer = await bulkStatusAction(
      {},
      form({ azione: "pubblica", id: ids.map(String), torna: "/admin/pratiche" }),
    );
    expect(answer.message).toMatch(/conferma/i);
    expect(await db.auditEvent.count()).toBe(before);
    expect((await db.practice.findMany({ where: { id: { in: ids } } })).every((p) => p.status === "DRAFT")).toBe(true);
  });

  it("refuse a confirmation sent without the versions the page showed, writing nothing", async () => {
    const answer = await bulkStatusAction(
      {},
      form({ azione: "pubblica", id: ids.map(String), torna: "/admin/pratiche", conferma: "on" }),
    );
    expect(answer.message).toMatch(/ricarica la pagina/i);
    expect((await db.practice.findMany({ where: { id: { in: ids } } })).every((p) => p.status === "DRAFT")).toBe(true);
  });

  it("publish the selection once confirmed: a version each, one audit event listing them", async () => {
    let redirect = "";
    try {
      await bulkStatusAction(
        {},
        form({
          azione: "pubblica",
          id: ids.map(String),
          versione: ids.map(() => "1"),
          torna: "/admin/pratiche?q=ADMIN-LIST",
          conferma: "on",
        }),
      );
    } catch (error) {
      redirect = (error as { digest?: string }).digest ?? String(error);
    }
    expect(redirect).toContain("/admin/pratiche?q=ADMIN-LIST&esito=pubblicate&schede=2");
    const sheets = await db.practice.findMany({ where: { id: { in: ids } }, include: { revisions: true } });
    for (const sheet of sheets) {
      expect(sheet).toMatchObject({ status: "PUBLISHED", version: 2, publishedAt: expect.any(Date) });
      expect(sheet.revisions.map((r) => r.version).sort()).toEqual([1, 2]);
    }
    const [event] = await db.auditEvent.findMany({
      where: { action: "practice.bulk-status" },
      orderBy: { id: "desc" },
      take: 1,
    });
    expect(event).toMatchObject({ actorId: editorId });
    expect(event?.practiceIds.sort()).toEqual([...ids].sort());
  });

  it("export the selection as CSV, each sheet with its own status, recorded", async () => {
    // An archived sheet exported, corrected and imported again must stay archived.
    await db.practice.update({ where: { id: ids[0] }, data: { status: "ARCHIVED" } });
    const request = new Request("http://localhost/admin/pratiche/esportazione", {
      method: "POST",
      body: form({ id: ids.map(String) }),
    });
    const response = await exportSelection(request);
    expect(response.headers.get("content-type")).toMatch(/text\/csv/);
    const csv = await response.text();
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
      header: true,
      delimiter: ";",
      skipEmptyLines: true,
    }).data;
    expect(rows.map((row) => [row.codice, row.stato])).toEqual([
      [CODES[0], "archiviata"],
      [CODES[1], "pubblicata"],
    ]);
    const [event] = await db.auditEvent.findMany({
      where: { action: "practice.export" },
      orderBy: { id: "desc" },
      take: 1,
    });
    expect(event?.practiceIds.sort()).toEqual([...ids].sort());
  });
});
