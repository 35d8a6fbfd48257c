import type { Metadata } from "next";

// How an illustrative (invented) sheet names itself wherever its text leaves the page body: the
// <title>, descriptions, link previews, the share e-mail, JSON-LD and the feed. One place, so no
// copy of a sample's text can pass for a real service.

export const SAMPLE_LABEL = "Esempio illustrativo";
export const SAMPLE_DISCLAIMER = "contenuto inventato, non descrive un servizio reale";

export function sampleTitle(title: string, isSample: boolean) {
  return isSample ? `${SAMPLE_LABEL} — ${title}` : title;
}

export function sampleDescription(summary: string, isSample: boolean) {
  return isSample ? `${SAMPLE_LABEL} (${SAMPLE_DISCLAIMER}). ${summary}` : summary;
}

/** Pages whose content is only illustrative: kept out of search indexes, their links still followed. */
export const NOT_INDEXED = { index: false, follow: true } satisfies Metadata["robots"];

/** True when the published catalogue has sheets and all of them are illustrative. */
export function onlyIllustrative({ total, samples }: { total: number; samples: number }) {
  return total > 0 && samples === total;
}
