import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { comuniParamShape, parseListParams, parseParams } from "@/lib/api/params";
import type { FacetOptions } from "@/lib/practices/facet-options";
import { FACET_KEYS } from "@/lib/practices/facets";

const options = Object.fromEntries(
  FACET_KEYS.map((key) => [
    key,
    [
      { slug: `${key}-a`, label: "A" },
      { slug: `${key}-b`, label: "B" },
    ],
  ]),
) as FacetOptions;
const params = (query: string) => new URLSearchParams(query);

describe("API parameters", () => {
  it("accepts the listing's parameters, repeated or comma-separated", () => {
    const result = parseListParams(
      options,
      params("regione=regione-a&regione=regione-b&area=area-b,area-a&q=%20spesa%20&ordina=titolo&pagina=2"),
    );
    expect(result).toMatchObject({ ok: true, value: { q: "spesa", sort: "titolo", page: 2 } });
    if (result.ok) {
      expect(result.value.facets.regione).toEqual(["regione-a", "regione-b"]);
      expect(result.value.facets.area).toEqual(["area-a", "area-b"]);
    }
  });

  it("names every invalid parameter and what it accepts", () => {
    const result = parseListParams(options, params("regione=atlantide&pagina=0&ordina=caso&colore=blu&q=a&q=b"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byName = Object.fromEntries(result.errors.map((error) => [error.parametro, error.messaggio]));
    expect(Object.keys(byName).sort()).toEqual(["colore", "ordina", "pagina", "q", "regione"]);
    expect(byName.regione).toContain("«atlantide»");
    expect(byName.regione).toContain("regione-a, regione-b");
    expect(byName.colore).toContain("parametro sconosciuto");
    expect(byName.pagina).toBe("almeno 1.");
    expect(byName.q).toBe("indica un solo valore.");
  });

  it("rejects a non-numeric page and an over-long query", () => {
    const result = parseListParams(options, params(`pagina=due&q=${"x".repeat(201)}`));
    expect(result.ok ? [] : result.errors.map((error) => error.parametro).sort()).toEqual(["pagina", "q"]);
  });

  it("answers thousands of bad values with one error per parameter and at most twenty parameters", () => {
    const values = (count: number) => Array.from({ length: count }, (_, i) => `x${i}`).join(",");
    const unknown = Array.from({ length: 2_000 }, (_, i) => `k${i}=1`).join("&");
    const result = parseListParams(options, params(`regione=${values(5_000)}&area=${values(29)}&${unknown}`));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byName = Object.fromEntries(result.errors.map((error) => [error.parametro, error.messaggio]));
    expect(byName.regione).toBe("al massimo 30 valori.");
    expect(byName.area).toMatch(/^valore «x0» non ammesso\. .* \(e altri 28 valori non validi\)$/);
    expect(result.errors).toHaveLength(21);
    expect(result.errors.at(-1)).toEqual({ parametro: "*", messaggio: "altri 1982 parametri non validi." });
    expect(JSON.stringify(result.errors).length).toBeLessThan(10_000);
  });

  it("requires at least two letters to look up comuni", () => {
    expect(parseParams(comuniParamShape, params("q=f")).ok).toBe(false);
    expect(parseParams(comuniParamShape, params("q=fo&limite=5"))).toEqual({ ok: true, value: { q: "fo", limite: 5 } });
  });
});

describe("OpenAPI document", () => {
  const document = openApiDocument(options, "http://localhost:3000");

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(document)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every listing parameter with the vocabulary's values", () => {
    const parameters = document.paths["/pratiche"].get.parameters;
    expect(parameters.map((p) => p.name)).toEqual(["q", ...FACET_KEYS, "replicata", "ordina", "pagina", "esatta"]);
    expect(parameters.find((p) => p.name === "replicata")).toMatchObject({ schema: { enum: ["si", "no"] } });
    // The sheet endpoint documents its replications and follow-ups.
    const item = document.components.schemas.SchedaPratica as { properties: Record<string, unknown> };
    expect(Object.keys(item.properties)).toEqual(["avviso", "pratica", "repliche", "aggiornamenti"]);
    const region = parameters.find((p) => p.name === "regione")!;
    expect(region).toMatchObject({
      style: "form",
      explode: true,
      schema: { type: "array", items: { enum: ["regione-a", "regione-b"] } },
    });
  });

  it("refers to named schemas that exist", () => {
    const refs = JSON.stringify(document).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of new Set(refs)) expect(document.components.schemas).toHaveProperty(ref.split("/").pop()!);
  });
});
