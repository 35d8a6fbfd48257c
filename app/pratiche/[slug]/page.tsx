import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { JsonLd } from "@/components/json-ld";
import { PrintHeader, PrintStyles, ShareLinks } from "@/components/open-data/share-links";
import { SheetCompareLink } from "@/components/compare/sheet-compare-link";
import { neighbouringRegionIds } from "@/lib/geo/region-neighbours";
import { cardSummary, cardWords } from "@/components/practices/practice-card";
import { SimilarPractices } from "@/components/practices/similar-practices";
import { FollowUpTimeline } from "@/components/open-collection/follow-up-timeline";
import { ReplicationsSection } from "@/components/open-collection/replications-section";
import { PracticeDetail } from "@/components/practices/practice-detail";
import { siteUrl } from "@/lib/env";
import { fetchOpenCollection } from "@/lib/open-collection/catalogue";
import { fetchPractice, fetchPublishedSlugs, fetchRegions, fetchSimilarPractices } from "@/lib/practices/catalogue";
import { NOT_INDEXED, sampleDescription, sampleTitle } from "@/lib/practices/illustrative";
import { practiceJsonLd } from "@/lib/practices/structured-data";
import { LISTING_NAME } from "@/lib/practices/orientation";

export async function generateStaticParams() {
  const slugs = await fetchPublishedSlugs();
  // Next requires at least one entry to prerender the route; unknown slugs then 404 at request time.
  return slugs.length ? slugs.map(({ slug }) => ({ slug })) : [{ slug: "__nessuna-scheda__" }];
}

export async function generateMetadata({ params }: PageProps<"/pratiche/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const practice = await fetchPractice(slug);
  if (!practice) return { title: "Pratica non trovata", robots: { index: false } };
  const title = sampleTitle(`${practice.title} — ${practice.entity.name}`, practice.isSample);
  const description = sampleDescription(practice.summary, practice.isSample);
  return {
    title,
    description,
    alternates: { canonical: `/pratiche/${practice.slug}` },
    openGraph: { title, description, type: "article", url: `/pratiche/${practice.slug}` },
    twitter: { card: "summary", title, description },
    ...(practice.isSample ? { robots: NOT_INDEXED } : {}),
  };
}

export default async function PracticePage({ params }: PageProps<"/pratiche/[slug]">) {
  const { slug } = await params;
  const practice = await fetchPractice(slug);
  if (!practice) notFound();
  const region = practice.entity.region;
  const [similar, collection, regions] = await Promise.all([
    fetchSimilarPractices(practice.id, region.id),
    fetchOpenCollection(practice.slug, practice.id, practice.entityId),
    fetchRegions(),
  ]);
  const neighbourIds = neighbouringRegionIds(region.id);
  const neighbours = regions.filter((r) => neighbourIds.includes(r.id));
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8">
      <JsonLd data={practiceJsonLd(practice, siteUrl())} />
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: LISTING_NAME, href: "/pratiche" },
          { label: practice.entity.region.name, href: `/regioni/${practice.entity.region.slug}` },
          { label: practice.title },
        ]}
      />
      <PrintHeader />
      <PracticeDetail
        practice={practice}
        neighbours={neighbours}
        actions={
          <p className="no-print">
            <SheetCompareLink slug={practice.slug} title={practice.title} />
          </p>
        }
        latestFollowUp={collection?.followUps[0]}
        sustainability={
          collection?.followUps.length ? (
            <FollowUpTimeline
              declared={practice.sustainability}
              declaredNote={practice.sustainabilityNote}
              followUps={collection.followUps}
            />
          ) : undefined
        }
      />
      {collection && (
        <ReplicationsSection
          slug={practice.slug}
          entityName={practice.entity.name}
          isSample={practice.isSample}
          collection={collection}
          regions={regions}
        />
      )}
      <PrintStyles />
      <ShareLinks url={`${siteUrl()}/pratiche/${practice.slug}`} title={practice.title} isSample={practice.isSample} />
      {similar.length > 0 && (
        <SimilarPractices
          region={region.name}
          neighbours={neighbours.map((r) => r.name).join(", ")}
          cards={similar.map((item) => [cardWords(item), cardSummary(item)])}
        />
      )}
    </div>
  );
}
