import {
  ATTRIBUTION,
  DATASET_DESCRIPTION,
  DATASET_TITLE,
  LICENCE,
  PUBLISHER,
  SAMPLE_NOTE,
} from "@/lib/open-data/licence";
import { date, iri, plain, text, type RdfGraph, type RdfNode } from "@/lib/open-data/rdf";

// DCAT-AP_IT metadata of the dataset (profile of dati.gov.it): a catalogue, the dataset, its
// distributions, licence, publisher and contact point, at stable addresses for harvesting.

const EU = "http://publications.europa.eu/resource/authority";
const PREFIXES = {
  dcat: "http://www.w3.org/ns/dcat#",
  dcatapit: "http://dati.gov.it/onto/dcatapit#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
};

export const DATASET_IDENTIFIER = `${PUBLISHER.ipaCode}:servizi-sociali-covid-pratiche`;
/** OntoPiA's entry for CC BY 4.0 in the Italian licence vocabulary. */
const LICENCE_IRI = "https://w3id.org/italia/controlled-vocabulary/licences/A21_CCBY40";

const DISTRIBUTIONS = [
  { key: "csv", title: "Tutte le schede (CSV)", path: "/open-data/pratiche.csv", format: "CSV", media: "text/csv" },
  {
    key: "csv-excel",
    title: "Tutte le schede (CSV con separatore punto e virgola, per Excel)",
    path: "/open-data/pratiche.csv?separatore=punto-e-virgola",
    format: "CSV",
    media: "text/csv",
  },
  {
    key: "json",
    title: "Tutte le schede (JSON)",
    path: "/open-data/pratiche.json",
    format: "JSON",
    media: "application/json",
  },
  {
    key: "api",
    title: "API di ricerca (JSON, descritta in OpenAPI 3.1 a /api/v1/openapi.json)",
    path: "/api/v1/pratiche",
    format: "JSON",
    media: "application/json",
  },
] as const;

/** modified: YYYY-MM-DD of the last change of a published sheet. */
export function dcatGraph(base: string, modified: string): RdfGraph {
  const doc = `${base}/open-data/dcat-ap-it`;
  const node = (id: string, types: string[], properties: RdfNode["properties"]): RdfNode => ({ id, types, properties });
  const publisher = `${doc}#editore`;
  const contact = `${doc}#contatto`;
  const dataset = `${doc}#dataset`;
  const language = iri(`${EU}/language/ITA`);
  return {
    prefixes: PREFIXES,
    nodes: [
      node(
        `${doc}#catalogo`,
        ["dcatapit:Catalog", "dcat:Catalog"],
        [
          ["dct:title", [text("Dati aperti del catalogo «I servizi sociali al tempo del Coronavirus»")]],
          [
            "dct:description",
            [
              text(
                "Catalogo dei dati aperti del sito delle pratiche dei servizi sociali durante l'emergenza Covid-19.",
              ),
            ],
          ],
          ["dct:publisher", [iri(publisher)]],
          ["dct:modified", [date(modified)]],
          ["dct:language", [language]],
          ["foaf:homepage", [iri(`${base}/open-data`)]],
          ["dcat:dataset", [iri(dataset)]],
        ],
      ),
      node(
        dataset,
        ["dcatapit:Dataset", "dcat:Dataset"],
        [
          ["dct:identifier", [plain(DATASET_IDENTIFIER)]],
          ["dct:title", [text(DATASET_TITLE)]],
          ["dct:description", [text(`${DATASET_DESCRIPTION} ${SAMPLE_NOTE} ${ATTRIBUTION}`)]],
          ["dct:modified", [date(modified)]],
          ["dcat:theme", [iri(`${EU}/data-theme/SOCI`)]],
          ["dct:publisher", [iri(publisher)]],
          ["dct:rightsHolder", [iri(publisher)]],
          ["dct:accrualPeriodicity", [iri(`${EU}/frequency/IRREG`)]],
          ["dct:language", [language]],
          ["dct:spatial", [iri(`${EU}/country/ITA`)]],
          [
            "dcat:keyword",
            ["servizi sociali", "Covid-19", "comuni", "ambiti territoriali", "welfare", "buone pratiche"].map(
              (keyword) => text(keyword),
            ),
          ],
          ["dcat:landingPage", [iri(`${base}/open-data`)]],
          ["dcat:contactPoint", [iri(contact)]],
          ["dcat:distribution", DISTRIBUTIONS.map((d) => iri(`${doc}#distribuzione-${d.key}`))],
        ],
      ),
      ...DISTRIBUTIONS.map((d) =>
        node(
          `${doc}#distribuzione-${d.key}`,
          ["dcatapit:Distribution", "dcat:Distribution"],
          [
            ["dct:title", [text(d.title)]],
            ["dct:format", [iri(`${EU}/file-type/${d.format}`)]],
            ["dcat:mediaType", [plain(d.media)]],
            ["dcat:accessURL", [iri(`${base}${d.path}`)]],
            ...(d.key === "api" ? [] : ([["dcat:downloadURL", [iri(`${base}${d.path}`)]]] as RdfNode["properties"])),
            ["dct:license", [iri(LICENCE_IRI)]],
            ["dct:modified", [date(modified)]],
          ],
        ),
      ),
      node(
        LICENCE_IRI,
        ["dcatapit:LicenseDocument", "dct:LicenseDocument"],
        [
          ["dct:type", [iri("http://purl.org/adms/licencetype/Attribution")]],
          ["foaf:name", [text(LICENCE.name)]],
          ["foaf:homepage", [iri(LICENCE.url)]],
        ],
      ),
      node(
        publisher,
        ["dcatapit:Agent", "foaf:Agent"],
        [
          ["dct:identifier", [plain(PUBLISHER.ipaCode)]],
          ["foaf:name", [text(PUBLISHER.name)]],
        ],
      ),
      node(
        contact,
        ["dcatapit:Organization", "vcard:Organization", "vcard:Kind"],
        [
          [
            "vcard:fn",
            [text(`${PUBLISHER.name} — Direzione Generale per la lotta alla povertà e per la programmazione sociale`)],
          ],
          ["vcard:hasURL", [iri(`${base}/open-data`)]],
        ],
      ),
    ],
  };
}
