import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { dcatGraph } from "@/lib/open-data/dcat";
import { toJsonLd, toTurtle, tripleCount } from "@/lib/open-data/rdf";

const graph = dcatGraph("https://example.org", "2026-11-26");

describe("DCAT-AP_IT metadata", () => {
  it("is valid Turtle stating exactly the graph's triples", () => {
    const quads = new Parser().parse(toTurtle(graph));
    expect(quads).toHaveLength(tripleCount(graph));
    const dataset = "https://example.org/open-data/dcat-ap-it#dataset";
    const typeOf = (subject: string) =>
      quads
        .filter((q) => q.subject.value === subject && q.predicate.value.endsWith("#type"))
        .map((q) => q.object.value);
    expect(typeOf(dataset)).toContain("http://dati.gov.it/onto/dcatapit#Dataset");
    const distributions = quads.filter(
      (q) => q.subject.value === dataset && q.predicate.value === "http://www.w3.org/ns/dcat#distribution",
    );
    expect(distributions.length).toBeGreaterThanOrEqual(3);
    const licence = quads.find((q) => q.predicate.value === "http://purl.org/dc/terms/license");
    expect(licence?.object.value).toContain("CCBY40");
  });

  it("says the same in JSON-LD", () => {
    const jsonLd = toJsonLd(graph);
    expect(jsonLd["@graph"].map((node) => node["@id"])).toEqual(graph.nodes.map((node) => node.id));
    const dataset = jsonLd["@graph"].find((node) => node["@id"].endsWith("#dataset")) as Record<string, unknown>;
    expect(dataset["dct:title"]).toEqual({
      "@value": "Pratiche dei servizi sociali durante l'emergenza Covid-19",
      "@language": "it",
    });
    expect(JSON.stringify(jsonLd)).toContain("illustrativa");
  });
});
