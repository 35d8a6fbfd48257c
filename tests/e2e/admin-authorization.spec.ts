import { expect, test, type APIRequestContext } from "./support/test";
import { STORAGE_STATE } from "./support/accounts";
import { adminRoutes, serverActions, type ServerAction } from "./support/routes";
import { tableCounts } from "./support/table-counts";

const COUNTED_TABLES = [
  "Practice",
  "PracticeRevision",
  "User",
  "Term",
  "ImportJob",
  "Entity",
  "AuditEvent",
  "TermAlias",
  "Submission",
  "PracticeReplication",
  "PracticeFollowUp",
];

// Every admin page, route handler and server action of the build refuses an anonymous request,
// and an editor where an admin is required; refused actions write nothing.

const ADMIN_ONLY = /^\/(api\/)?admin\/(utenti|vocabolari|registro)(\/|$)/;
// Signing in, and the pages invitation and password-reset links open (their token is checked there).
const PUBLIC_PAGES = new Set([
  "/admin/login",
  "/admin/password-dimenticata",
  "/admin/invito/1",
  "/admin/nuova-password/1",
]);
// ...and the public proposal form (/segnala), the one action for people without an account.
const PUBLIC_ACTIONS = new Set([
  ...["login", "logout", "requestPasswordResetAction", "acceptInvitationAction", "completePasswordResetAction"].map(
    (name) => `lib/auth/actions.ts#${name}`,
  ),
  "lib/submissions/actions.ts#sendProposal",
  "lib/open-collection/actions.ts#sendReplication",
  "lib/open-collection/actions.ts#sendFollowUp",
]);
const ADMIN_ACTION_FILES = /^lib\/(users|vocabularies)\//;
const ADMIN_ACTIONS = new Set(["lib/import/actions.ts#removeSampleSheetsAction"]);

const actionRole = (action: ServerAction) =>
  ADMIN_ACTION_FILES.test(action.file) || ADMIN_ACTIONS.has(`${action.file}#${action.name}`) ? "ADMIN" : "EDITOR";

// An action called with no arguments: the session check must come before any use of them.
function invokeAction(request: APIRequestContext, action: ServerAction) {
  return request.post(action.pageUrl, {
    headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
}

test("the build has admin pages, handlers and actions to check", () => {
  const { pages } = adminRoutes();
  expect(pages).toContain("/admin/pratiche");
  expect(pages).toContain("/admin/segnalazioni");
  expect(pages).toContain("/admin/segnalazioni/1");
  expect(pages).toContain("/admin/pratiche/1/aggiornamenti");
  const actions = serverActions().map((a) => `${a.file}#${a.name}`);
  expect(actions).toContain("lib/practices/actions.ts#savePracticeForm");
  expect(actions).toContain("lib/open-collection/actions.ts#approveOpenSubmissionAction");
  expect(actions).toContain("lib/open-collection/actions.ts#writeFollowUp");
  // Issue 13: scheduling a draft's publication (editors) and revoking an invitation (admins).
  expect(actions).toContain("lib/practices/actions.ts#schedulePublicationAction");
  expect(actions).toContain("lib/users/actions.ts#revokeInvitationAction");
  const roles = new Map(serverActions().map((a) => [`${a.file}#${a.name}`, actionRole(a)]));
  expect(roles.get("lib/users/actions.ts#revokeInvitationAction")).toBe("ADMIN");
});

test("every server action lives in a lib/<concern>/actions.ts module", () => {
  // Where tests/integration/admin-actions.test.ts finds them to check each is made by adminAction.
  for (const action of serverActions()) expect(action.file, action.name).toMatch(/^lib\/[a-z-]+\/actions\.ts$/);
});

test.describe("anonymous", () => {
  test("every admin page sends to the sign-in page", async ({ request }) => {
    for (const url of adminRoutes().pages.filter((u) => !PUBLIC_PAGES.has(u))) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBeGreaterThanOrEqual(300);
      expect(response.status(), url).toBeLessThan(400);
      expect(response.headers().location, url).toMatch(/\/admin\/login/);
    }
  });

  test("every admin route handler refuses: 401, or the sign-in redirect for GET", async ({ request }) => {
    for (const url of adminRoutes().handlers) {
      const get = await request.get(url, { maxRedirects: 0 });
      expect([307, 401, 405], `GET ${url}`).toContain(get.status());
      if (get.status() === 307) expect(get.headers().location).toMatch(/\/admin\/login/);
      const post = await request.post(url, { maxRedirects: 0 });
      expect([401, 405], `POST ${url}`).toContain(post.status());
    }
  });

  test("every server action answers 401 and writes nothing", { tag: "@counts-rows" }, async ({ request }) => {
    const before = await tableCounts(COUNTED_TABLES);
    for (const action of serverActions().filter((a) => !PUBLIC_ACTIONS.has(`${a.file}#${a.name}`))) {
      const response = await invokeAction(request, action);
      expect(response.status(), `${action.file}#${action.name}`).toBe(401);
    }
    expect(await tableCounts(COUNTED_TABLES)).toEqual(before);
  });
});

test.describe("editor where an admin is required", () => {
  test.use({ storageState: STORAGE_STATE.editor });

  test("admin-only pages and handlers answer 403, editor pages open", async ({ request }) => {
    const { pages, handlers } = adminRoutes();
    for (const url of pages.filter((u) => !PUBLIC_PAGES.has(u))) {
      const response = await request.get(url, { maxRedirects: 0 });
      if (ADMIN_ONLY.test(url)) expect(response.status(), url).toBe(403);
      else expect([200, 307, 404], url).toContain(response.status());
    }
    for (const url of handlers.filter((u) => ADMIN_ONLY.test(u))) {
      expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(403);
    }
  });

  test("admin-only server actions answer 403 and write nothing", { tag: "@counts-rows" }, async ({ request }) => {
    const before = await tableCounts(COUNTED_TABLES);
    for (const action of serverActions().filter((a) => actionRole(a) === "ADMIN")) {
      expect((await invokeAction(request, action)).status(), `${action.file}#${action.name}`).toBe(403);
    }
    expect(await tableCounts(COUNTED_TABLES)).toEqual(before);
  });
});
