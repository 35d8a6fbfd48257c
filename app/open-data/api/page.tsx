import type { Metadata } from "next";
import { Link } from "@/components/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ApiOperation } from "@/components/open-data/api-operation";
import { SchemaFields } from "@/components/open-data/schema-fields";
import { fetchOpenApiDocument } from "@/lib/api/catalogue";

export const metadata: Metadata = {
  title: "API pubblica",
  description:
    "API in sola lettura del catalogo delle pratiche: ricerca con filtri e conteggi, singola scheda, vocabolari. Documento OpenAPI 3.1.",
  alternates: { canonical: "/open-data/api" },
};

const FIELD_SCHEMAS = ["Pratica", "Ente", "Regione", "ValoreCodificato", "Errore"] as const;

export default async function ApiPage() {
  const document = await fetchOpenApiDocument();
  const base = document.servers[0].url;
  const schemas = document.components.schemas as Record<string, Parameters<typeof SchemaFields>[0]["schema"]>;
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-8">
      <Breadcrumbs
        items={[{ label: "Home", href: "/" }, { label: "Dati aperti", href: "/open-data" }, { label: "API" }]}
      />
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">API pubblica (versione {document.info.version})</h1>
        <p className="max-w-3xl text-lg">{document.info.summary}</p>
        {document.info.description.split("\n\n").map((paragraph) => (
          <p key={paragraph} className="max-w-3xl">
            {paragraph}
          </p>
        ))}
        <p>
          Documento OpenAPI 3.1, da usare con qualsiasi strumento compatibile:{" "}
          <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
        </p>
      </header>

      <section aria-labelledby="endpoint" className="flex flex-col gap-4">
        <h2 id="endpoint" className="text-2xl font-bold">
          Gli indirizzi
        </h2>
        {Object.entries(document.paths).map(([path, item]) => (
          <ApiOperation key={path} path={path} operation={item.get} base={base} />
        ))}
      </section>

      <section aria-labelledby="errori" className="flex flex-col gap-2">
        <h2 id="errori" className="text-2xl font-bold">
          Errori
        </h2>
        <p className="max-w-3xl">
          Ogni errore ha lo stesso formato (RFC 9457, <code>application/problem+json</code>): <code>type</code>,{" "}
          <code>title</code>, <code>status</code>, <code>detail</code> e, per i parametri non validi,{" "}
          <code>errori</code>: un elemento per parametro, con il motivo e i valori ammessi.
        </p>
        <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt id="parametri-non-validi" className="font-mono font-semibold">
            400 parametri-non-validi
          </dt>
          <dd>
            Un parametro sconosciuto, ripetuto quando ne è ammesso uno solo, o con un valore fuori dal vocabolario o dai
            limiti.
          </dd>
          <dt id="non-trovato" className="font-mono font-semibold">
            404 non-trovato
          </dt>
          <dd>Nessuna scheda pubblicata con lo slug indicato, o un indirizzo che l&apos;API non ha.</dd>
        </dl>
      </section>

      <section aria-labelledby="campi" className="flex flex-col gap-6">
        <h2 id="campi" className="text-2xl font-bold">
          I campi
        </h2>
        {FIELD_SCHEMAS.map((name) => {
          const schema = schemas[name];
          return schema && <SchemaFields key={name} name={name} schema={schema} />;
        })}
        <p>
          I valori ammessi dai filtri sono in <Link href="/open-data#vocabolari">Dati aperti — vocabolari</Link> e in{" "}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON route handler, not a page: the rule counts route.ts as a page */}
          <a href="/api/v1/vocabolari">/api/v1/vocabolari</a>.
        </p>
      </section>
    </div>
  );
}
