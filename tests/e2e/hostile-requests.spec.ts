import { expect, test, type APIRequestContext } from "./support/test";
import { hostileFiles } from "../support/hostile-imports";
import { STORAGE_STATE } from "./support/accounts";
import { postAction, serverActions, type ServerAction } from "./support/routes";

// Requests that ended in a 500 (issue #12): a search of dashes on every page and file built on
// the search, a server action posted from another site or with arguments that are not a form, a
// version that does not exist restored, an import file whose column names hold NUL or a lone
// surrogate. Each now gets a normal answer or the right 4xx with a clear message.

const DASHES = "-".repeat(200);

test("a search of dashes gives a normal answer on the listing, map, API, exports and feed", async ({ request }) => {
  for (const url of ["/pratiche", "/mappa", "/open-data/pratiche.csv", "/open-data/pratiche.json", "/feed.xml"]) {
    for (const q of [DASHES, "- ".repeat(100), "-(".repeat(100)]) {
      const response = await request.get(`${url}?q=${encodeURIComponent(q)}`);
      expect(response.status(), `${url} q=${q.slice(0, 6)}…`).toBe(200);
      expect((await response.body()).length, url).toBeGreaterThan(0);
    }
  }
  const api = await request.get(`/api/v1/pratiche?q=${encodeURIComponent(DASHES)}`);
  expect([200, 400]).toContain(api.status());
  const type = api.headers()["content-type"];
  expect(type).toMatch(api.status() === 200 ? /application\/json/ : /application\/problem\+json/);
  expect(await api.json()).toBeTruthy();
});

test("a server action posted from another site is refused with a 403, signed in or not", async ({ request }) => {
  for (const action of serverActions()) {
    const response = await request.post(action.pageUrl, {
      headers: { "Next-Action": action.id, Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
      maxRedirects: 0,
    });
    expect(response.status(), `${action.file}#${action.name}`).toBe(403);
    expect(await response.text()).toContain("Richiesta da un altro sito");
  }
});

// A server action posted by hand with arguments that are not a form (["x"], [null] …) threw inside
// the action: a 500 and an error in the server's log for anyone who asked. Each action that takes a
// form now answers such a call 404 before any work (lib/forms/form-action.ts).
const PUBLIC_FORM_ACTIONS = [
  "acceptInvitationAction",
  "completePasswordResetAction",
  "login",
  "requestPasswordResetAction",
  "sendFollowUp",
  "sendProposal",
  "sendReplication",
];
// Called without a form by design: signing out takes no arguments, the editor's heartbeat an id.
const NOT_FORM_ACTIONS = new Set(["logout", "presenceHeartbeatAction"]);
const NOT_A_FORM = ['["x"]', "[null]", '[null,"y"]', "[{},{}]", "[]"];

async function expectNotAFormRefused(request: APIRequestContext, action: ServerAction, baseURL: string) {
  for (const body of NOT_A_FORM) {
    const response = await postAction(request, action, baseURL, body);
    expect(response.status(), `${action.file}#${action.name} ${body}`).toBe(404);
  }
}

test("a public server action called with arguments that are not a form answers 404, not a 500", async ({
  request,
  baseURL,
}) => {
  const actions = serverActions().filter((action) => PUBLIC_FORM_ACTIONS.includes(action.name));
  expect(actions.map((action) => action.name).sort()).toEqual(PUBLIC_FORM_ACTIONS);
  for (const action of actions) await expectNotAFormRefused(request, action, baseURL!);
});

// Bodies React never sends as an action's arguments (not a JSON array) made Next itself throw before
// any of the site's code ran: a 500. The production server answers 400 (lib/server/action-arguments.ts).
// So did a list referring to fields a body without fields cannot carry: an outlined value, a Map, a
// Blob, a server reference, a bare "$", a bigint that is not one.
const NOT_ARGUMENTS = [
  '"x"',
  "1",
  "null",
  "{}",
  "true",
  "[",
  "",
  '["$1"]',
  '["$Q3"]',
  '[{"a":"$B1"}]',
  '["$F1"]',
  '["$"]',
  '["$n1.5"]',
];
// The same as multipart (a form among the arguments), each of which Next answered 500: no boundary,
// not multipart, cut short, a root that is not a list, no root, a part without a name.
const FORM = "multipart/form-data; boundary=XX";
const part = (name: string, value: string) =>
  `--XX\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const NOT_MULTIPART_ARGUMENTS: [string, string][] = [
  ["multipart/form-data", `${part("0", '["$K1"]')}--XX--\r\n`],
  [FORM, "garbage"],
  [FORM, part("0", '["$K1"]') + part("1_titolo", "Titolo")],
  [FORM, `${part("0", '"x"')}--XX--\r\n`],
  [FORM, `${part("1_titolo", "Titolo")}--XX--\r\n`],
  [FORM, `--XX\r\nContent-Disposition: form-data\r\n\r\nabc\r\n--XX--\r\n`],
  // References to a field the body lacks, or of the wrong kind, or whose text is not JSON.
  [FORM, `${part("0", '["$1"]')}--XX--\r\n`],
  [FORM, `${part("0", '["$B1"]') + part("1", "abc")}--XX--\r\n`],
  [FORM, `${part("0", '[{"a":"$Q2"}]') + part("2", "[")}--XX--\r\n`],
  [FORM, `${part("0", '["$1"]') + part("1", '{"b":"$W5"}')}--XX--\r\n`],
  // A server function passed as an argument that this build does not have, or malformed.
  [FORM, `${part("0", '["$h1","$K2"]') + part("1", `{"id":"7f${"0".repeat(38)}ff","bound":null}`)}--XX--\r\n`],
  [FORM, `${part("0", '["$h1","$K2"]') + part("1", '{"id":"not-an-action","bound":null}')}--XX--\r\n`],
];
// Whole arguments React could send, but fewer than the action reads: a form alone to a handler of
// (state, form) read its form as undefined, a 500 inside the site's code.
const FORM_ALONE = `${part("0", '["$K1"]')}--XX--\r\n`;

test("a server action posted with a body that is not a list of arguments answers 400, not a 500", async ({
  request,
  baseURL,
}) => {
  const actions = serverActions().filter((action) => PUBLIC_FORM_ACTIONS.includes(action.name));
  for (const action of actions) {
    for (const body of NOT_ARGUMENTS) {
      const response = await postAction(request, action, baseURL!, body);
      expect(response.status(), `${action.file}#${action.name} ${JSON.stringify(body)}`).toBe(400);
      expect(await response.text()).toContain("gli argomenti dell'azione non sono leggibili");
    }
    for (const [type, body] of NOT_MULTIPART_ARGUMENTS) {
      const response = await postAction(request, action, baseURL!, body, type);
      expect(response.status(), `${action.file}#${action.name} ${type} ${JSON.stringify(body)}`).toBe(400);
    }
    const alone = await postAction(request, action, baseURL!, FORM_ALONE, FORM);
    expect(alone.status(), `${action.file}#${action.name} a form alone`).toBe(404);
    // Values standing on their own (an escaped "$", a date, a bigint, undefined) pass the check
    // and reach the action, which refuses a call without a form as above.
    const plain = await postAction(
      request,
      action,
      baseURL!,
      '["$$x","$D2020-01-01T00:00:00.000Z","$n12","$undefined"]',
    );
    expect(plain.status(), `${action.file}#${action.name} self-contained values`).toBe(404);
  }
});

test.describe("signed in as an administrator", () => {
  test.use({ storageState: STORAGE_STATE.admin });

  test("every server action that takes a form answers a call without one 404, not a 500", async ({
    request,
    baseURL,
  }) => {
    const actions = serverActions().filter((action) => !NOT_FORM_ACTIONS.has(action.name));
    expect(actions.length).toBeGreaterThan(25);
    for (const action of actions) await expectNotAFormRefused(request, action, baseURL!);
  });
});

test.describe("signed in as editor", () => {
  test.use({ storageState: STORAGE_STATE.editor });

  test("restoring a version that does not exist answers 404", async ({ request }) => {
    const restore = serverActions().find((action) => action.name === "restoreRevision")!;
    // As the form posts without JavaScript: the action's id as a field, then the form's fields.
    const response = await request.post(restore.pageUrl, {
      multipart: { [`$ACTION_ID_${restore.id}`]: "", revisionId: "2000000000", versione: "1" },
      headers: { Origin: new URL(restore.pageUrl, test.info().project.use.baseURL).origin },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(404);
  });

  test("column names with NUL or a lone surrogate: a preview listing the problems, not a 500", async ({ request }) => {
    const file = JSON.stringify([{ "\u0000codice": "X", "\ud800": "y", titolo: "Titolo di prova" }]);
    const response = await request.post("/api/admin/import", {
      headers: { Accept: "application/json" },
      multipart: { file: { name: "nomi-nulli.json", mimeType: "application/json", buffer: Buffer.from(file) } },
    });
    expect(response.status()).toBe(200);
    const { location } = await response.json();
    const preview = await request.get(location);
    expect(preview.status()).toBe(200);
    const html = await preview.text();
    expect(html).toContain("Colonna sconosciuta «\uFFFD»");
    expect(html).toContain("Manca la colonna obbligatoria «sintesi»");
  });

  test("a hostile file fails its own import, checked off the server's thread, with the first problems and a count", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const file = hostileFiles().find((hostile) => hostile.name === "stesso-codice.csv")!;
    await page.goto("/admin/import");
    await page
      .getByLabel("File delle schede")
      .setInputFiles({ name: file.name, mimeType: "text/csv", buffer: Buffer.from(file.bytes) });
    await page.getByRole("button", { name: "Carica e controlla" }).click();
    await expect(page).toHaveURL(/\/admin\/import\/\d+$/, { timeout: 120_000 });
    await expect(page.getByRole("main").getByRole("alert")).toContainText(/Il file contiene 5\.?000 problemi/);
    await expect(page.getByTestId("import-problems").getByRole("row")).toHaveCount(1_001);
    await expect(page.getByText(/Sono mostrate le prime 1\.?000 righe su 5\.?000/)).toBeVisible();
    await expect(page.getByTestId("import-problems")).toContainText(file.expect);
  });
});
