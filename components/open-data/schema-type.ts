// A JSON Schema of the OpenAPI document in a few Italian words, for the API's human page.

export type JsonSchemaLike = {
  $ref?: string;
  type?: string | string[];
  items?: JsonSchemaLike;
  anyOf?: JsonSchemaLike[];
  enum?: unknown[];
  format?: string;
};

export function schemaType(schema: JsonSchemaLike | undefined): string {
  if (!schema) return "—";
  if (schema.$ref) return schema.$ref.split("/").pop()!;
  if (schema.anyOf) return schema.anyOf.map(schemaType).join(" o ");
  if (schema.enum) return `uno tra: ${schema.enum.slice(0, 8).join(", ")}${schema.enum.length > 8 ? ", …" : ""}`;
  const type = Array.isArray(schema.type) ? schema.type.join(" o ") : schema.type;
  if (type === "array") return `elenco di ${schemaType(schema.items)}`;
  return [type, schema.format ? `(${schema.format})` : ""].filter(Boolean).join(" ") || "qualsiasi";
}
