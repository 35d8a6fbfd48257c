import { z } from "zod";
import { comuniParamShape, isArrayParam, listParamShape, type ParamShape } from "@/lib/api/params";
import { NAMED_SCHEMAS } from "@/lib/api/schemas";
import { ATTRIBUTION, DATASET_TITLE, LICENCE, SAMPLE_NOTE } from "@/lib/open-data/licence";
import type { FacetOptions } from "@/lib/practices/facet-options";

// The OpenAPI 3.1 document, generated from the zod schemas that validate the parameters and type
// the answers (OpenAPI 3.1 schemas are JSON Schema 2020-12, which zod emits directly).

export const API_VERSION = "1.0.0";
type JsonSchema = Record<string, unknown>;

const registry = z.registry<{ id: string }>();
for (const [id, schema] of Object.entries(NAMED_SCHEMAS)) registry.add(schema, { id });

const ref = (name: keyof typeof NAMED_SCHEMAS) => ({ $ref: `#/components/schemas/${name}` });

function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(registry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

function queryParameters(shape: ParamShape) {
  return Object.entries(shape).map(([name, schema]) => {
    const {
      $schema: _schema,
      description,
      examples,
      ...json
    } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as JsonSchema;
    const array = isArrayParam(schema);
    return {
      name,
      in: "query",
      required: !(schema instanceof z.ZodOptional),
      description,
      ...(array ? { style: "form", explode: true } : {}),
      ...(Array.isArray(examples) && examples.length ? { example: examples[0] } : {}),
      schema: json,
    };
  });
}

const HEADERS = {
  ETag: {
    description: "Impronta del contenuto: rimandala in If-None-Match per ricevere 304 se non è cambiato.",
    schema: { type: "string" },
  },
  "Cache-Control": { description: "Per quanto tempo la risposta può essere riusata.", schema: { type: "string" } },
  "Access-Control-Allow-Origin": {
    description: "Sempre *: l'API si può leggere da qualsiasi sito.",
    schema: { type: "string" },
  },
};

function ok(description: string, schema: keyof typeof NAMED_SCHEMAS) {
  return { description, headers: HEADERS, content: { "application/json": { schema: ref(schema) } } };
}

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ref("Errore") } },
});
const notModified = {
  description: "Non modificato: il contenuto ha ancora l'ETag indicato in If-None-Match.",
  headers: { ETag: HEADERS.ETag },
};

export function openApiDocument(options: FacetOptions, base: string) {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: `API del catalogo: ${DATASET_TITLE}`,
      version: API_VERSION,
      summary: "Lettura pubblica delle schede del catalogo, con gli stessi filtri della pagina delle pratiche.",
      description: [
        "API in sola lettura, senza autenticazione, utilizzabile da qualsiasi sito (CORS).",
        "Ogni risposta ha ETag e Cache-Control; gli errori seguono RFC 9457 (application/problem+json) con l'elenco dei parametri non validi.",
        `Licenza dei dati: ${LICENCE.name}. Attribuzione: ${ATTRIBUTION}`,
        SAMPLE_NOTE,
      ].join("\n\n"),
      license: { name: LICENCE.shortName, identifier: "CC-BY-4.0" },
    },
    servers: [{ url: `${base}/api/v1` }] as const,
    externalDocs: { description: "Dati aperti del catalogo", url: `${base}/open-data` },
    tags: [{ name: "pratiche" }, { name: "vocabolari" }],
    paths: {
      "/pratiche": {
        get: {
          operationId: "elencoPratiche",
          tags: ["pratiche"],
          summary: "Cerca le schede pubblicate",
          description:
            "Gli stessi parametri della pagina /pratiche; 24 schede per pagina, con i conteggi di ogni filtro.",
          parameters: queryParameters(listParamShape(options)),
          responses: {
            "200": ok("Una pagina di risultati", "ElencoPratiche"),
            "304": notModified,
            "400": problem("Parametri non validi"),
          },
        },
      },
      "/pratiche/{slug}": {
        get: {
          operationId: "schedaPratica",
          tags: ["pratiche"],
          summary: "Una scheda pubblicata",
          parameters: [
            {
              name: "slug",
              in: "path",
              required: true,
              description: "Lo slug della scheda (l'ultima parte del suo indirizzo)",
              schema: { type: "string" },
            },
          ],
          responses: {
            "200": ok("La scheda", "SchedaPratica"),
            "304": notModified,
            "404": problem("Nessuna scheda pubblicata con questo slug"),
          },
        },
      },
      "/vocabolari": {
        get: {
          operationId: "vocabolari",
          tags: ["vocabolari"],
          summary: "I valori ammessi da ogni filtro",
          responses: { "200": ok("I vocabolari", "Vocabolari"), "304": notModified },
        },
      },
      "/comuni": {
        get: {
          operationId: "cercaComuni",
          tags: ["vocabolari"],
          summary: "Comuni italiani il cui nome inizia con il testo dato (elenco ISTAT 2020)",
          parameters: queryParameters(comuniParamShape),
          responses: {
            "200": ok("I comuni trovati", "Comuni"),
            "304": notModified,
            "400": problem("Parametri non validi"),
          },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
