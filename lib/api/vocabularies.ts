import type { Vocabularies } from "@/lib/api/schemas";
import type { Region, Term } from "@/lib/generated/prisma/client";
import { buildFacetOptions } from "@/lib/practices/facet-options";
import { FACETS } from "@/lib/practices/facets";

/** Every value each search parameter accepts, with its label and, for terms, its definition. */
export function vocabulariesOf(regions: Region[], terms: Term[]): Vocabularies {
  const options = buildFacetOptions(regions, terms);
  return {
    vocabolari: FACETS.map((facet) => ({
      parametro: facet.key,
      nome: facet.label,
      valori: options[facet.key].map((option) => ({
        slug: option.slug,
        etichetta: option.label,
        descrizione:
          facet.kind === "term"
            ? (terms.find((term) => term.vocabulary === facet.vocabulary && term.slug === option.slug)?.description ??
              null)
            : null,
      })),
    })),
  };
}
