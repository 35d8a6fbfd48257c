import { labelOf, SERVICE_TYPES } from "@/lib/practices/enum-labels";
import { sampleDescription, sampleTitle, SAMPLE_LABEL } from "@/lib/practices/illustrative";
import type { PracticeDetail } from "@/lib/practices/queries";

// schema.org JSON-LD for a sheet's page: a GovernmentService and its breadcrumbs. An illustrative
// sheet describes no real service, so it is only a CreativeWork named as an example, with no
// provider, area served or channels that a search engine could take as facts about the entity.

export function practiceJsonLd(practice: PracticeDetail, baseUrl: string) {
  const url = `${baseUrl}/pratiche/${practice.slug}`;
  const region = practice.entity.region;
  return [
    practice.isSample ? exampleWork(practice, url) : governmentService(practice, url),
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: `${baseUrl}/` },
        { "@type": "ListItem", position: 2, name: "Pratiche", item: `${baseUrl}/pratiche` },
        { "@type": "ListItem", position: 3, name: region.name, item: `${baseUrl}/regioni/${region.slug}` },
        { "@type": "ListItem", position: 4, name: sampleTitle(practice.title, practice.isSample), item: url },
      ],
    },
  ];
}

function exampleWork(practice: PracticeDetail, url: string) {
  return {
    "@context": "https://schema.org",
    "@type": "CreativeWork",
    "@id": url,
    url,
    name: sampleTitle(practice.title, true),
    description: sampleDescription(practice.summary, true),
    genre: SAMPLE_LABEL,
    inLanguage: "it",
  };
}

function governmentService(practice: PracticeDetail, url: string) {
  const channels = practice.terms.filter(({ term }) => term.vocabulary === "CHANNEL");
  const areas = practice.terms.filter(({ term }) => term.vocabulary === "AREA");
  const region = practice.entity.region;
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentService",
    "@id": url,
    url,
    name: practice.title,
    description: practice.summary,
    serviceType: labelOf(SERVICE_TYPES, practice.serviceType),
    audience: areas.map(({ term }) => ({ "@type": "Audience", audienceType: term.label })),
    provider: {
      "@type": "GovernmentOrganization",
      name: practice.entity.name,
      address: {
        "@type": "PostalAddress",
        addressRegion: region.name,
        ...(practice.entity.province ? { addressLocality: practice.entity.province } : {}),
        addressCountry: "IT",
      },
    },
    areaServed: { "@type": "AdministrativeArea", name: region.name },
    availableChannel: channels.map(({ term }) => ({
      "@type": "ServiceChannel",
      name: term.label,
      ...(term.description ? { description: term.description } : {}),
    })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text can never close the tag. */
export function serializeJsonLd(data: unknown) {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
