import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit/catalogue";
import { auditFiltersSchema } from "@/lib/audit/filters";
import { listAuditEvents } from "@/lib/audit/queries";
import { createSession, deleteSession } from "@/lib/auth/session-store";
import { db } from "@/lib/db";
import { formValuesFromSnapshot } from "@/lib/practices/form-values";
import { practiceRelations } from "@/lib/practices/mutations";
import { snapshotOf } from "@/lib/practices/snapshot";
import { othersEditing, RECENT_MS, touchPresence } from "@/lib/presence/presence";
import { ACCOUNTS } from "@/tests/e2e/support/accounts";

// The audit log through the real write paths (server actions and the lib functions they call),
// on the real database: every write leaves exactly one event, written in the write's own
// transaction, so a write that fails at commit leaves none. Outside Next there is no request:
// cookies come from this jar, and the framework's cache and after() calls are no-ops.

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => (value ? jar.set(name, value) : jar.delete(name)),
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, refresh: () => {}, updateTag: () => {} }));
vi.mock("next/server", () => ({ after: () => {} }));

const { savePracticeForm } = await import("@/lib/practices/actions");
const { changeRoleAction } = await import("@/lib/users/actions");
const { logout } = await import("@/lib/auth/actions");

const CODE = "AUDIT-TEST-1";
const FAILING_CODE = "AUDIT-TEST-FALLISCE";
let adminId: number;
let token: string;

function formData(values: Record<string, string | string[]>, meta: Record<string, string> = {}) {
  const data = new FormData();
  for (const [key, value] of Object.entries({ ...values, ...meta }))
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  return data;
}

/** Runs an action that ends in redirect(): returns where it redirected, or the state it returned. */
async function run<T>(call: () => Promise<T>): Promise<{ redirect?: string; state?: T }> {
  try {
    return { state: await call() };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    throw error;
  }
}

const eventsOf = (where: { action?: string; targetType?: string; targetId?: string }) =>
  db.auditEvent.findMany({ where, orderBy: { id: "asc" } });

async function sampleValues(): Promise<Record<string, string | string[]>> {
  const sample = await db.practice.findFirstOrThrow({ where: { isSample: true }, include: practiceRelations });
  return { ...formValuesFromSnapshot(snapshotOf(sample)), codice: CODE, stato: "bozza" };
}

beforeAll(async () => {
  adminId = (await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.admin.email } })).id;
  token = (await createSession(db, adminId, {})).token;
  jar.set("sessione_admin", token);
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
});

afterAll(async () => {
  await db.practice.deleteMany({ where: { code: { in: [CODE, FAILING_CODE] } } });
  await deleteSession(db, token);
  await db.$disconnect();
});

describe("sheet writes", () => {
  it("records creation, an edit with its fields, and a change of status, one event each", async () => {
    const values = await sampleValues();
    const created = await run(() => savePracticeForm({}, formData(values)));
    expect(created.redirect).toMatch(/^\/admin\/pratiche\/\d+\?esito=created$/);
    const sheet = await db.practice.findUniqueOrThrow({ where: { code: CODE } });
    const target = { targetType: "practice", targetId: String(sheet.id) };
    expect((await eventsOf(target)).map((e) => [e.action, e.actorId])).toEqual([["practice.create", adminId]]);

    const edit = { ...values, titolo: "Titolo cambiato per il registro" };
    await run(() => savePracticeForm({}, formData(edit, { id: String(sheet.id), versione: "1" })));
    await run(() =>
      savePracticeForm({}, formData({ ...edit, stato: "pubblicata" }, { id: String(sheet.id), versione: "2" })),
    );
    const events = await eventsOf(target);
    expect(events.map((e) => e.action)).toEqual(["practice.create", "practice.update", "practice.status"]);
    expect(events[1]?.changes).toMatchObject({
      version: 1,
      fields: [{ field: "title", label: "Titolo", before: values.titolo, after: "Titolo cambiato per il registro" }],
    });
    expect(events[2]?.changes).toMatchObject({ fields: [{ field: "status", before: "Bozza", after: "Pubblicata" }] });
    expect(events[2]?.practiceIds).toEqual([sheet.id]);

    // Saving the same content again writes no version, and no event.
    await run(() =>
      savePracticeForm({}, formData({ ...edit, stato: "pubblicata" }, { id: String(sheet.id), versione: "3" })),
    );
    expect(await eventsOf(target)).toHaveLength(3);
  });

  it("records nothing for a save refused as a conflict", async () => {
    const sheet = await db.practice.findUniqueOrThrow({ where: { code: CODE } });
    const before = await db.auditEvent.count();
    const values = { ...(await sampleValues()), titolo: "Modifica basata su una versione vecchia" };
    const answer = await run(() => savePracticeForm({}, formData(values, { id: String(sheet.id), versione: "1" })));
    expect(answer.state?.conflict).toBeDefined();
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("leaves no event when the write fails at commit (same transaction)", async () => {
    // A deferred constraint trigger fails the transaction at COMMIT, after every statement of the
    // save, the audit insert included, has run: an event written in any other transaction survives.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION audit_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."code" = '${FAILING_CODE}' THEN RAISE EXCEPTION 'fallisce al commit'; END IF;
        RETURN NEW;
      END $$`);
    await db.$executeRawUnsafe(`
      CREATE CONSTRAINT TRIGGER audit_test_fail AFTER INSERT ON "Practice"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_test_fail()`);
    try {
      const before = await db.auditEvent.count();
      const values = { ...(await sampleValues()), codice: FAILING_CODE };
      await expect(savePracticeForm({}, formData(values))).rejects.toThrow(/fallisce al commit/);
      expect(await db.practice.count({ where: { code: FAILING_CODE } })).toBe(0);
      expect(await db.auditEvent.count()).toBe(before);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS audit_test_fail ON "Practice"`);
      await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS audit_test_fail()`);
    }
  });
});

describe("accounts and sessions", () => {
  it("records a change of role, with before and after", async () => {
    const editor = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.limited.email } });
    const change = (role: string) => changeRoleAction({}, formData({ userId: String(editor.id), role }));
    expect((await change("ADMIN")).ok).toBe(true);
    expect((await change("EDITOR")).ok).toBe(true);
    const events = await eventsOf({ action: "user.role", targetId: String(editor.id) });
    expect(events.map((e) => e.changes)).toMatchObject([
      { fields: [{ before: "Redattore", after: "Amministratore" }] },
      { fields: [{ before: "Amministratore", after: "Redattore" }] },
    ]);
  });

  it("records a sign-out as the end of the session, by its owner", async () => {
    const editor = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.editor2.email } });
    const own = (await createSession(db, editor.id, {})).token;
    jar.set("sessione_admin", own);
    try {
      expect((await run(() => logout())).redirect).toBe("/admin/login?uscito=1");
    } finally {
      jar.set("sessione_admin", token);
    }
    const [event] = await db.auditEvent.findMany({
      where: { action: "session.end" },
      orderBy: { id: "desc" },
      take: 1,
    });
    expect(event).toMatchObject({ actorId: editor.id, targetType: "session", targetLabel: editor.name });
    expect(await db.session.count({ where: { userId: editor.id, createdAt: { gte: event!.createdAt } } })).toBe(0);
  });
});

describe("the log's filters", () => {
  it("filter by actor, action, target and day", async () => {
    const sheet = await db.practice.findUniqueOrThrow({ where: { code: CODE } });
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome" }).format(new Date());
    const list = (params: Record<string, string>) => listAuditEvents(auditFiltersSchema.parse(params));
    const forSheet = await list({ oggetto: "practice", id: String(sheet.id), attore: String(adminId) });
    expect(forSheet.items.map((e) => e.action).sort()).toEqual([
      "practice.create",
      "practice.status",
      "practice.update",
    ]);
    expect((await list({ oggetto: "practice", id: String(sheet.id), azione: "practice.status" })).total).toBe(1);
    expect((await list({ oggetto: "practice", id: String(sheet.id), dal: today, al: today })).total).toBe(3);
    expect((await list({ oggetto: "practice", id: String(sheet.id), al: "2020-01-01" })).total).toBe(0);
    // Unknown values are dropped, not errors.
    expect(auditFiltersSchema.parse({ azione: "drop table", dal: "ieri", pagina: "-3" })).toMatchObject({
      azione: undefined,
      dal: undefined,
      pagina: 1,
    });
    expect(Object.keys(AUDIT_ACTIONS)).toContain("session.end");
  });
});

describe("presence", () => {
  it("tells each editor who else opened the sheet in the last two minutes, across connections", async () => {
    const sheet = await db.practice.findUniqueOrThrow({ where: { code: CODE } });
    const editor = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.editor.email } });
    const now = new Date();
    expect(await touchPresence(db, sheet.id, adminId, now)).toEqual([]);
    expect(await touchPresence(db, sheet.id, editor.id, now)).toEqual([ACCOUNTS.admin.name]);
    expect(await othersEditing(db, sheet.id, adminId, now)).toEqual([ACCOUNTS.editor.name]);
    const later = new Date(now.getTime() + RECENT_MS + 1000);
    expect(await othersEditing(db, sheet.id, adminId, later)).toEqual([]);
  });
});
