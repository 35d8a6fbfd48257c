// A small RDF graph model with its two serialisations (Turtle and JSON-LD), so the DCAT-AP_IT
// metadata is written once and published in both formats without them drifting apart.

export type RdfObject = { iri: string } | { literal: string; lang?: string; datatype?: string };
export type RdfNode = { id: string; types: string[]; properties: [predicate: string, objects: RdfObject[]][] };
export type RdfGraph = { prefixes: Record<string, string>; nodes: RdfNode[] };

export const iri = (value: string): RdfObject => ({ iri: value });
export const text = (value: string, lang = "it"): RdfObject => ({ literal: value, lang });
export const plain = (value: string): RdfObject => ({ literal: value });
export const date = (value: string): RdfObject => ({ literal: value, datatype: "xsd:date" });

function expand(graph: RdfGraph, name: string) {
  const colon = name.indexOf(":");
  const namespace = colon > 0 ? graph.prefixes[name.slice(0, colon)] : undefined;
  return namespace ? namespace + name.slice(colon + 1) : name;
}

const turtleString = (value: string) =>
  `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t")}"`;

function turtleObject(object: RdfObject) {
  if ("iri" in object) return /^[a-z]+:[A-Za-z_]+$/.test(object.iri) ? object.iri : `<${object.iri}>`;
  if (object.lang) return `${turtleString(object.literal)}@${object.lang}`;
  if (object.datatype) return `${turtleString(object.literal)}^^${object.datatype}`;
  return turtleString(object.literal);
}

export function toTurtle(graph: RdfGraph): string {
  const prefixes = Object.entries(graph.prefixes).map(([prefix, uri]) => `@prefix ${prefix}: <${uri}> .`);
  const nodes = graph.nodes.map((node) => {
    const lines = [
      `a ${node.types.join(", ")}`,
      ...node.properties.map(([predicate, objects]) => `${predicate} ${objects.map(turtleObject).join(", ")}`),
    ];
    return `<${node.id}>\n    ${lines.join(" ;\n    ")} .`;
  });
  return `${prefixes.join("\n")}\n\n${nodes.join("\n\n")}\n`;
}

function jsonLdObject(graph: RdfGraph, object: RdfObject) {
  if ("iri" in object) return { "@id": expand(graph, object.iri) };
  if (object.lang) return { "@value": object.literal, "@language": object.lang };
  if (object.datatype) return { "@value": object.literal, "@type": object.datatype };
  return object.literal;
}

export function toJsonLd(graph: RdfGraph) {
  return {
    "@context": graph.prefixes,
    "@graph": graph.nodes.map((node) => ({
      "@id": node.id,
      "@type": node.types,
      ...Object.fromEntries(
        node.properties.map(([predicate, objects]) => {
          const values = objects.map((object) => jsonLdObject(graph, object));
          return [predicate, values.length === 1 ? values[0] : values];
        }),
      ),
    })),
  };
}

/** How many triples the graph states: one per type and one per property value. */
export function tripleCount(graph: RdfGraph) {
  return graph.nodes.reduce(
    (sum, node) => sum + node.types.length + node.properties.reduce((n, [, objects]) => n + objects.length, 0),
    0,
  );
}
