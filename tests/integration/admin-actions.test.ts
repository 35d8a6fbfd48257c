/// <reference types="vite/client" />
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { adminActionRole } from "@/lib/auth/admin-action";
import { createSession, deleteSession } from "@/lib/auth/session-store";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { ACCOUNTS } from "@/tests/e2e/support/accounts";

// Every export of every server-action module (lib/<concern>/actions.ts, where the conventions put
// them; tests/e2e/admin-authorization.spec.ts checks the build has no action elsewhere) and every
// admin route handler is made by adminAction, with the role it must require, and really refuses:
// called with the real modules against the real database, with no session and with an editor's.
// Outside Next there is no request, so the request's cookies come from this jar; the session
// lookup behind them is the real one.

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
  headers: async () => new Headers(),
}));

const ACTION_MODULES = import.meta.glob<Record<string, unknown>>("/lib/**/actions.ts");
const ROUTE_MODULES = import.meta.glob<Record<string, unknown>>([
  "/app/admin/**/route.ts",
  "/app/api/admin/**/route.ts",
]);

// Signing in and out, what links sent by e-mail open (each checks its own token or password), and
// the public proposal form (/segnala).
const PUBLIC = new Set([
  ...["login", "logout", "requestPasswordResetAction", "acceptInvitationAction", "completePasswordResetAction"].map(
    (name) => `/lib/auth/actions.ts#${name}`,
  ),
  "/lib/submissions/actions.ts#sendProposal",
  // ...and a sheet's two short public forms (replication, follow-up).
  "/lib/open-collection/actions.ts#sendReplication",
  "/lib/open-collection/actions.ts#sendFollowUp",
]);
const ADMIN_ONLY = /^\/lib\/(users|vocabularies|search-synonyms)\/|#removeSampleSheetsAction$/;
const COUNTED_TABLES = [
  "Practice",
  "PracticeRevision",
  "User",
  "Term",
  "ImportJob",
  "Entity",
  "SearchWord",
  "AuditEvent",
  "TermAlias",
  "EditPresence",
  "EditorDraft",
  "Submission",
  "PracticeReplication",
  "PracticeFollowUp",
];

type Endpoint = {
  name: string;
  role: Role | undefined;
  expected: Role;
  call: (...args: unknown[]) => Promise<unknown>;
};

async function endpoints(): Promise<Endpoint[]> {
  const found: Endpoint[] = [];
  for (const [file, load] of Object.entries({ ...ACTION_MODULES, ...ROUTE_MODULES })) {
    for (const [exported, value] of Object.entries(await load())) {
      const name = `${file}#${exported}`;
      if (PUBLIC.has(name)) continue;
      found.push({
        name,
        role: adminActionRole(value),
        expected: ADMIN_ONLY.test(name) ? "ADMIN" : "EDITOR",
        call: value as Endpoint["call"],
      });
    }
  }
  return found;
}

async function refusal(call: () => Promise<unknown>) {
  try {
    await call();
    return "ran";
  } catch (error) {
    return (error as { digest?: string }).digest ?? String(error);
  }
}

async function counts() {
  const row = await db.$queryRawUnsafe<Record<string, bigint>[]>(
    `SELECT ${COUNTED_TABLES.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(", ")}`,
  );
  return row[0];
}

let editorToken: string;
let pendingToken: string;
const PENDING_EMAIL = `cambio-obbligato-${Date.now()}@test.local`;

beforeAll(async () => {
  // What `experimental.authInterrupts` in next.config.ts sets for the app.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  const editor = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.editor.email } });
  editorToken = (await createSession(db, editor.id, {})).token;
  // An admin whose password an administrator chose (admin:create): nothing but the change is open.
  const pending = await db.user.create({
    data: {
      email: PENDING_EMAIL,
      name: "Cambio Obbligato",
      role: "ADMIN",
      passwordHash: "x",
      mustChangePassword: true,
    },
  });
  pendingToken = (await createSession(db, pending.id, {})).token;
});

afterAll(async () => {
  await deleteSession(db, editorToken);
  await db.user.deleteMany({ where: { email: PENDING_EMAIL } });
  await db.$disconnect();
});

describe("admin server actions and route handlers", () => {
  it("are all made by adminAction, with the role they need", async () => {
    const list = await endpoints();
    expect(list.length).toBeGreaterThanOrEqual(15);
    expect(list.map((e) => e.name)).toContain("/lib/practices/actions.ts#savePracticeForm");
    // Issue 13: scheduling a draft's publication (editors) and revoking an invitation (admins only).
    const roles = new Map(list.map((e) => [e.name, e.role]));
    expect(roles.get("/lib/practices/actions.ts#schedulePublicationAction")).toBe("EDITOR");
    expect(roles.get("/lib/users/actions.ts#revokeInvitationAction")).toBe("ADMIN");
    expect(list.map((e) => e.name)).toContain("/lib/submissions/actions.ts#publishProposal");
    expect(list.map((e) => e.name)).toContain("/lib/submissions/actions.ts#rejectProposal");
    expect(list.map((e) => e.name)).toContain("/lib/open-collection/actions.ts#approveOpenSubmissionAction");
    expect(list.map((e) => e.name)).toContain("/lib/open-collection/actions.ts#writeFollowUp");
    for (const endpoint of list) expect(endpoint.role, endpoint.name).toBe(endpoint.expected);
  });

  it("refuse without a session (401) and write nothing", async () => {
    jar.clear();
    const before = await counts();
    for (const endpoint of await endpoints()) {
      expect(await refusal(() => endpoint.call()), endpoint.name).toBe("NEXT_HTTP_ERROR_FALLBACK;401");
    }
    expect(await counts()).toEqual(before);
  });

  it("refuse an editor where an administrator is required (403) and write nothing", async () => {
    jar.set("sessione_admin", editorToken);
    const before = await counts();
    const adminOnly = (await endpoints()).filter((e) => e.expected === "ADMIN");
    expect(adminOnly.length).toBeGreaterThanOrEqual(8);
    for (const endpoint of adminOnly) {
      expect(await refusal(() => endpoint.call()), endpoint.name).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    }
    expect(await counts()).toEqual(before);
  });

  it("refuse a user who must first replace an admin-chosen password (403), except the password change", async () => {
    jar.set("sessione_admin", pendingToken);
    const before = await counts();
    const list = await endpoints();
    for (const endpoint of list.filter((e) => !e.name.endsWith("#changeOwnPasswordAction"))) {
      expect(await refusal(() => endpoint.call()), endpoint.name).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    }
    expect(await counts()).toEqual(before);
    const change = list.find((e) => e.name.endsWith("#changeOwnPasswordAction"))!;
    expect(await refusal(() => change.call(undefined, new FormData()))).toBe("ran");
  });

  it("let an editor through to the handler", async () => {
    jar.set("sessione_admin", editorToken);
    for (const name of ["#savePracticeForm", "#schedulePublicationAction"]) {
      const action = (await endpoints()).find((e) => e.name.endsWith(name))!;
      // Past the checks, the handler meets an empty form and answers what is missing: it ran.
      expect(await refusal(() => action.call(undefined, new FormData())), name).toBe("ran");
    }
  });
});

// A server action's arguments are whatever the request decodes to: posted by hand with the
// Next-Action header they can be ["x"] or [null] instead of (state, FormData). Each action that
// takes a form, public or not, answers such a call 404 before any work, instead of throwing (500).
describe("every server action that takes a form", () => {
  const NOT_FORMS = ["/lib/auth/actions.ts#logout", "/lib/presence/actions.ts#presenceHeartbeatAction"];
  const NOT_A_FORM_CALLS = [[], ["x"], [null], [null, "y"], [{}, {}], [undefined, { get: () => "x" }]];

  async function formActions() {
    const found: { name: string; call: (...args: unknown[]) => Promise<unknown> }[] = [];
    for (const [file, load] of Object.entries(ACTION_MODULES)) {
      for (const [exported, value] of Object.entries(await load())) {
        const name = `${file}#${exported}`;
        if (!NOT_FORMS.includes(name)) found.push({ name, call: value as (...args: unknown[]) => Promise<unknown> });
      }
    }
    return found;
  }

  it("answers a call without a form 404, anonymous or signed in as an administrator, and writes nothing", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.admin.email } });
    const adminToken = (await createSession(db, admin.id, {})).token;
    try {
      const actions = await formActions();
      expect(actions.map((a) => a.name)).toEqual(
        expect.arrayContaining([...PUBLIC].filter((n) => !NOT_FORMS.includes(n))),
      );
      const before = await counts();
      for (const token of [null, adminToken]) {
        if (token) jar.set("sessione_admin", token);
        else jar.clear();
        for (const action of actions.filter((a) => token || PUBLIC.has(a.name))) {
          for (const args of NOT_A_FORM_CALLS) {
            const label = `${action.name}(${JSON.stringify(args)})`;
            expect(await refusal(() => action.call(...args)), label).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
          }
        }
      }
      expect(await counts()).toEqual(before);
    } finally {
      await deleteSession(db, adminToken);
    }
  });

  it("the editor's heartbeat, called from code with an id, answers nothing to anything else", async () => {
    jar.set("sessione_admin", editorToken);
    const { presenceHeartbeatAction } = await import("@/lib/presence/actions");
    for (const id of ["x", null, {}, -1]) expect(await presenceHeartbeatAction(id)).toEqual([]);
  });
});
