import { ScrollRegion } from "@/components/scroll-region";
import { schemaType } from "@/components/open-data/schema-type";

type Parameter = {
  name: string;
  in: string;
  required: boolean;
  description?: unknown;
  schema: Record<string, unknown>;
};
type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: Parameter[];
  responses: Record<string, { description: string; content?: Record<string, { schema: { $ref?: string } }> }>;
};

/** One endpoint of the OpenAPI document as a readable section. */
export function ApiOperation({ path, operation, base }: { path: string; operation: Operation; base: string }) {
  return (
    <section aria-labelledby={operation.operationId} className="flex flex-col gap-3 rounded border border-line p-4">
      <h3 id={operation.operationId} className="font-mono text-lg font-bold [overflow-wrap:anywhere]">
        <span className="mr-2 rounded bg-primary px-2 py-0.5 text-sm text-white">GET</span> {base}
        {path}
      </h3>
      <p className="font-semibold">{operation.summary}</p>
      {operation.description && <p>{operation.description}</p>}
      {operation.parameters && operation.parameters.length > 0 && (
        <ScrollRegion label={`Parametri di ${path}`}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Parametri di {path}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-2">
                  Parametro
                </th>
                <th scope="col" className="p-2">
                  Valori
                </th>
                <th scope="col" className="p-2">
                  Descrizione
                </th>
              </tr>
            </thead>
            <tbody>
              {operation.parameters.map((parameter) => (
                <tr key={parameter.name} className="border-b border-line align-top">
                  <th scope="row" className="p-2 font-mono">
                    {parameter.name}
                    {parameter.required && <span className="ml-1 text-xs text-danger">(obbligatorio)</span>}
                  </th>
                  <td className="p-2">{schemaType(parameter.schema)}</td>
                  <td className="p-2">{String(parameter.description ?? "")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {Object.entries(operation.responses).map(([status, response]) => {
          const schema = Object.values(response.content ?? {})[0]?.schema;
          return (
            <div key={status} className="contents">
              <dt className="font-mono font-semibold">{status}</dt>
              <dd>
                {response.description}
                {schema && <> — {schemaType(schema)}</>}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
