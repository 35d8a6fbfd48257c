import type { PracticeRecord } from "@/lib/api/schemas";
import { LICENCE, PUBLISHER } from "@/lib/open-data/licence";
import { SAMPLE_DISCLAIMER, SAMPLE_LABEL, sampleTitle } from "@/lib/practices/illustrative";

// An Atom 1.0 feed (RFC 4287) of sheets. An entry's id is built from the sheet's code, which
// survives edits and re-imports (its address may not): a changed sheet keeps its id and gets a
// new <updated>, so readers show it as updated, not as a new item. An illustrative sheet stays in
// the feed (it mirrors the listing) but its title starts with "Esempio illustrativo — ".

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlText(value: string) {
  return value
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export type FeedInfo = {
  id: string;
  host: string;
  title: string;
  subtitle: string;
  selfHref: string;
  pageHref: string;
  vocabulariesHref: string;
  updated: string;
};

const CATEGORY_FIELDS = [
  ["aree_utenza", "area"],
  ["fonti_finanziamento", "finanziamento"],
  ["tecnologie", "tecnologia"],
] as const;

function entry(record: PracticeRecord, info: FeedInfo) {
  const categories = CATEGORY_FIELDS.flatMap(([field, facet]) =>
    record[field].map(
      (value) =>
        `<category term="${xmlText(value.slug)}" label="${xmlText(value.etichetta)}" scheme="${xmlText(`${info.vocabulariesHref}#${facet}`)}"/>`,
    ),
  );
  const note = record.illustrativa ? ` [${SAMPLE_LABEL}: ${SAMPLE_DISCLAIMER}.]` : "";
  return [
    "<entry>",
    `<id>${xmlText(`tag:${info.host},2020:scheda:${encodeURIComponent(record.codice)}`)}</id>`,
    `<title type="text">${xmlText(sampleTitle(record.titolo, record.illustrativa))}</title>`,
    `<link rel="alternate" type="text/html" href="${xmlText(record.url)}"/>`,
    record.pubblicata_il ? `<published>${record.pubblicata_il}</published>` : "",
    `<updated>${record.aggiornata_il}</updated>`,
    `<author><name>${xmlText(record.ente.nome)}</name><uri>${xmlText(record.ente.url)}</uri></author>`,
    ...categories,
    `<summary type="text">${xmlText(`${record.ente.nome} (${record.regione.nome}). ${record.sintesi}${note}`)}</summary>`,
    "</entry>",
  ].join("");
}

/** An approved replication or follow-up of a sheet: an entry of its own, linking to the sheet. */
export type NewsEntry = { key: string; title: string; href: string; updated: string; summary: string };

function newsEntry(news: NewsEntry, info: FeedInfo) {
  return [
    "<entry>",
    `<id>${xmlText(`tag:${info.host},2020:${news.key}`)}</id>`,
    `<title type="text">${xmlText(news.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${xmlText(news.href)}"/>`,
    `<published>${news.updated}</published>`,
    `<updated>${news.updated}</updated>`,
    `<summary type="text">${xmlText(news.summary)}</summary>`,
    "</entry>",
  ].join("");
}

export function atomFeed(info: FeedInfo, records: PracticeRecord[], news: NewsEntry[] = []) {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="it">',
    `<id>${xmlText(info.id)}</id>`,
    `<title type="text">${xmlText(info.title)}</title>`,
    `<subtitle type="text">${xmlText(info.subtitle)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${xmlText(info.selfHref)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlText(info.pageHref)}"/>`,
    `<updated>${info.updated}</updated>`,
    `<author><name>${xmlText(PUBLISHER.name)}</name></author>`,
    `<rights type="text">${xmlText(LICENCE.name)}</rights>`,
    ...records.map((record) => entry(record, info)),
    ...news.map((item) => newsEntry(item, info)),
    "</feed>",
    "",
  ].join("\n");
}
