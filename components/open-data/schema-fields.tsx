import { ScrollRegion } from "@/components/scroll-region";
import { schemaType, type JsonSchemaLike } from "@/components/open-data/schema-type";

type ObjectSchema = { properties?: Record<string, JsonSchemaLike & { description?: string }>; required?: string[] };

/** The properties of one schema of the OpenAPI document as a table. */
export function SchemaFields({ name, schema }: { name: string; schema: ObjectSchema }) {
  return (
    <ScrollRegion label={`Campi di ${name}`}>
      <table className="w-full text-left text-sm" data-testid={`schema-${name}`}>
        <caption className="mb-2 text-left font-bold">{name}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2">
              Campo
            </th>
            <th scope="col" className="p-2">
              Tipo
            </th>
            <th scope="col" className="p-2">
              Descrizione
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(schema.properties ?? {}).map(([field, property]) => (
            <tr key={field} className="border-b border-line align-top">
              <th scope="row" className="p-2 font-mono">
                {field}
              </th>
              <td className="p-2">{schemaType(property)}</td>
              <td className="p-2">{property.description ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
