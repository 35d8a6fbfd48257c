import type { Vocabulary } from "@/lib/generated/prisma/enums";
import { ENTITY_KINDS, SERVICE_TYPES, SUSTAINABILITY, type EnumOption } from "@/lib/practices/enum-labels";

// The listing's facets, in display order. `key` is the URL query parameter (part of the public
// URL contract: links, bookmarks and tests depend on it).

// In Practice.facetKeys (see the listing_facet_keys migration) an enum value is -keyOffset - n,
// n its 1-based position in the Postgres enum `enumType`; regions are -regionId, terms termId.
type EnumFacet = {
  kind: "enum";
  column: "serviceType" | "entityKind" | "sustainability";
  enumType: "ServiceType" | "EntityKind" | "Sustainability";
  keyOffset: 1000 | 2000 | 3000;
  options: EnumOption<string>[];
};
type TermFacet = { kind: "term"; vocabulary: Vocabulary };
type RegionFacet = { kind: "region" };

export type FacetDefinition = { key: string; label: string } & (EnumFacet | TermFacet | RegionFacet);

export const FACETS = [
  { key: "regione", label: "Regione", kind: "region" },
  { key: "area", label: "Area di utenza", kind: "term", vocabulary: "AREA" },
  {
    key: "tipo",
    label: "Tipo di servizio",
    kind: "enum",
    column: "serviceType",
    enumType: "ServiceType",
    keyOffset: 1000,
    options: SERVICE_TYPES,
  },
  { key: "finanziamento", label: "Fonte di finanziamento", kind: "term", vocabulary: "FUNDING" },
  { key: "tecnologia", label: "Tecnologia", kind: "term", vocabulary: "TECHNOLOGY" },
  { key: "rete", label: "Rete di collaborazione", kind: "term", vocabulary: "NETWORK" },
  { key: "canale", label: "Canale di comunicazione", kind: "term", vocabulary: "CHANNEL" },
  {
    key: "ente",
    label: "Tipo di ente",
    kind: "enum",
    column: "entityKind",
    enumType: "EntityKind",
    keyOffset: 2000,
    options: ENTITY_KINDS,
  },
  {
    key: "sostenibilita",
    label: "Sostenibilità",
    kind: "enum",
    column: "sustainability",
    enumType: "Sustainability",
    keyOffset: 3000,
    options: SUSTAINABILITY,
  },
] as const satisfies readonly FacetDefinition[];

export type FacetKey = (typeof FACETS)[number]["key"];

export const FACET_KEYS = FACETS.map((facet) => facet.key) as FacetKey[];
