import { Validator } from "@seriousme/openapi-schema-validator";
import { expect, test, type APIResponse } from "./support/test";
import { Ajv2020 } from "ajv/dist/2020.js";

// The API does what its OpenAPI document says: the document is valid OpenAPI 3.1, and every
// documented path answers with the documented status, headers and body schema.

type Doc = {
  paths: Record<
    string,
    { get: { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> } }
  >;
  components: unknown;
};

async function loadDocument(request: import("@playwright/test").APIRequestContext) {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  return (await response.json()) as Doc;
}

function validatorFor(document: Doc) {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ $id: "https://api.test/openapi", components: document.components });
  return (name: string, body: unknown) => {
    const validate = ajv.getSchema(`https://api.test/openapi#/components/schemas/${name}`)!;
    const valid = validate(body);
    return valid ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };
}

function schemaName(document: Doc, path: string, status: string) {
  const [media] = Object.values(document.paths[path]?.get.responses[status]?.content ?? {});
  if (!media) throw new Error(`No ${status} content for GET ${path} in the OpenAPI document.`);
  return media.schema.$ref.split("/").pop()!;
}

async function expectDocumented(document: Doc, path: string, status: string, response: APIResponse) {
  expect(response.status(), path).toBe(Number(status));
  const headers = response.headers();
  expect(headers["access-control-allow-origin"]).toBe("*");
  expect(headers["cache-control"]).toMatch(/public, max-age=\d+/);
  expect(headers.etag).toMatch(/^"[\w-]+"$/);
  expect(headers["content-type"]).toContain(status.startsWith("2") ? "application/json" : "application/problem+json");
  expect(validatorFor(document)(schemaName(document, path, status), await response.json())).toEqual([]);
}

test("the OpenAPI document is valid OpenAPI 3.1", async ({ request }) => {
  const document = await loadDocument(request);
  const result = await new Validator().validate(JSON.parse(JSON.stringify(document)));
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
});

test("every documented endpoint answers as documented", async ({ request }) => {
  const document = await loadDocument(request);
  const list = await request.get("/api/v1/pratiche?regione=puglia&area=anziani");
  const slug = (await list.json()).pratiche[0].slug as string;
  const calls: Record<string, [status: string, url: string][]> = {
    "/pratiche": [
      ["200", "/api/v1/pratiche?regione=puglia&area=anziani"],
      ["200", "/api/v1/pratiche?pagina=2&ordina=titolo"],
      ["400", "/api/v1/pratiche?regione=atlantide&colore=blu"],
    ],
    "/pratiche/{slug}": [
      ["200", `/api/v1/pratiche/${slug}`],
      ["404", "/api/v1/pratiche/non-esiste"],
    ],
    "/vocabolari": [["200", "/api/v1/vocabolari"]],
    "/comuni": [
      ["200", "/api/v1/comuni?q=forl"],
      ["400", "/api/v1/comuni?q=f"],
    ],
  };
  expect(Object.keys(calls).sort()).toEqual(Object.keys(document.paths).sort());
  for (const [path, samples] of Object.entries(calls)) {
    for (const [status, url] of samples) await expectDocumented(document, path, status, await request.get(url));
  }
});

test("lists with the listing's counts and pages", async ({ request, page }) => {
  const body = await (await request.get("/api/v1/pratiche?regione=puglia")).json();
  await page.goto("/pratiche?regione=puglia");
  await expect(page.getByTestId("result-count")).toHaveText(new RegExp(`^${body.totale} pratic`));
  expect(body.pratiche.length).toBe(Math.min(body.totale, 24));
  expect(body.avviso).toContain("illustrativ");
  expect(body.pratiche.every((p: { illustrativa: boolean }) => p.illustrativa)).toBe(true);

  const all = await (await request.get("/api/v1/pratiche")).json();
  expect(all.totale).toBe(240);
  expect(all.pagine).toBe(10);
  const second = await (await request.get(all.link.successiva.replace(/^https?:\/\/[^/]+/, ""))).json();
  expect(second.pagina).toBe(2);
});

test("answers 304 to a client that has the current version, and CORS preflights", async ({ request }) => {
  const first = await request.get("/api/v1/vocabolari");
  const etag = first.headers().etag;
  if (!etag) throw new Error("The first answer has no ETag.");
  const again = await request.get("/api/v1/vocabolari", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  const preflight = await request.fetch("/api/v1/pratiche", {
    method: "OPTIONS",
    headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
  expect(preflight.headers()["access-control-allow-methods"]).not.toContain("POST");
});

test("has a human page rendering the document", async ({ page }) => {
  await page.goto("/open-data/api");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("API pubblica");
  for (const path of ["/pratiche", "/pratiche/{slug}", "/vocabolari", "/comuni"])
    await expect(
      page.getByRole("heading", { name: new RegExp(`GET .*${path.replace(/[{}]/g, "\\$&")}$`) }),
    ).toBeVisible();
  await expect(page.getByTestId("schema-Pratica")).toContainText("illustrativa");
  await expect(page.locator("#parametri-non-validi")).toBeVisible();
});
