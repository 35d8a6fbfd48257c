import type { Vocabulary } from "@/lib/generated/prisma/enums";
import { ENTITY_KINDS, SERVICE_TYPES, SUSTAINABILITY, type EnumOption } from "@/lib/practices/enum-labels";

// The listing's facets, in display order. `key` is the URL query parameter (part of the public
// URL contract: links, bookmarks and tests depend on it).

type EnumFacet = { kind: "enum"; column: "serviceType" | "entityKind" | "sustainability"; options: EnumOption<string>[] };
type TermFacet = { kind: "term"; vocabulary: Vocabulary };
type RegionFacet = { kind: "region" };

export type FacetDefinition = { key: string; label: string } & (EnumFacet | TermFacet | RegionFacet);

export const FACETS = [
  { key: "regione", label: "Regione", kind: "region" },
  { key: "area", label: "Area di utenza", kind: "term", vocabulary: "AREA" },
  { key: "tipo", label: "Tipo di servizio", kind: "enum", column: "serviceType", options: SERVICE_TYPES },
  { key: "finanziamento", label: "Fonte di finanziamento", kind: "term", vocabulary: "FUNDING" },
  { key: "tecnologia", label: "Tecnologia", kind: "term", vocabulary: "TECHNOLOGY" },
  { key: "rete", label: "Rete di collaborazione", kind: "term", vocabulary: "NETWORK" },
  { key: "canale", label: "Canale di comunicazione", kind: "term", vocabulary: "CHANNEL" },
  { key: "ente", label: "Tipo di ente", kind: "enum", column: "entityKind", options: ENTITY_KINDS },
  { key: "sostenibilita", label: "Sostenibilità", kind: "enum", column: "sustainability", options: SUSTAINABILITY },
] as const satisfies readonly FacetDefinition[];

export type FacetKey = (typeof FACETS)[number]["key"];

export const FACET_KEYS = FACETS.map((facet) => facet.key) as FacetKey[];
