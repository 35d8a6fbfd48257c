import { cacheLife, cacheTag } from "next/cache";
import type { PracticeRecord } from "@/lib/api/schemas";
import { TAGS } from "@/lib/cache-tags";
import { siteUrl } from "@/lib/env";
import { ExportTooLargeError, listMatchingIds, loadPractices, loadRecentlyUpdated } from "@/lib/open-data/export-query";
import { practiceRecord } from "@/lib/open-data/record";
import { boundedRowIds } from "@/lib/row-ids";
import { getLatestUpdate } from "@/lib/open-data/queries";
import { getReplicationSummaries, listRecentOpenCollection } from "@/lib/open-collection/queries";
import {
  hasActiveFilters,
  normalisePracticeFilters,
  PAGE_SIZE,
  type PracticeFilters,
} from "@/lib/practices/search-params";

// Cached reads of the open-data routes. Records carry vocabulary labels and region names, so
// they are tagged with those too: renaming a term revalidates every copy that shows it.
// Every 'use cache' function is also a server action: filters are normalised inside (lib/practices/catalogue.ts).

const FEED_LENGTH = 50;

export type ExportRecords =
  { records: PracticeRecord[]; refused?: undefined } | { records?: undefined; refused: string };

/**
 * Every sheet matching a listing URL, in its order, as open-data records — or why not (a selection
 * too large to build at once). The refusal is a value, not an exception: an error thrown inside a
 * cached function reaches the caller stripped of its type and message in production.
 */
export async function fetchExportRecords(filters: PracticeFilters): Promise<ExportRecords> {
  "use cache";
  cacheTag(TAGS.practices, TAGS.vocabularies, TAGS.regions);
  cacheLife("hours");
  const base = siteUrl();
  try {
    const practices = await loadPractices(await listMatchingIds({ ...normalisePracticeFilters(filters), page: 1 }));
    const summaries = await getReplicationSummaries(practices.map((p) => p.id));
    return { records: practices.map((practice) => practiceRecord(practice, base, summaries)) };
  } catch (error) {
    if (error instanceof ExportTooLargeError) return { refused: error.message };
    throw error;
  }
}

/** The given sheets as open-data records, in the given order (a page of the API's list): at most a page. */
export async function fetchListedRecords(practiceIds: number[]): Promise<PracticeRecord[]> {
  "use cache";
  cacheTag(TAGS.practices, TAGS.vocabularies, TAGS.regions);
  cacheLife("hours");
  const ids = boundedRowIds(practiceIds, PAGE_SIZE);
  const base = siteUrl();
  const [practices, summaries] = await Promise.all([loadPractices(ids), getReplicationSummaries(ids)]);
  return practices.map((practice) => practiceRecord(practice, base, summaries));
}

/** The most recently published or updated sheets matching a listing URL, newest first. */
export async function fetchFeedRecords(filters: PracticeFilters): Promise<PracticeRecord[]> {
  "use cache";
  cacheTag(TAGS.practices, TAGS.vocabularies, TAGS.regions);
  cacheLife("hours");
  const base = siteUrl();
  const practices = await loadRecentlyUpdated(
    await listMatchingIds({ ...normalisePracticeFilters(filters), page: 1 }, { truncate: true }),
    FEED_LENGTH,
  );
  const summaries = await getReplicationSummaries(practices.map((p) => p.id));
  return practices.map((practice) => practiceRecord(practice, base, summaries));
}

/**
 * The latest approved replications and follow-ups for the feed: the whole catalogue's, or with a
 * listing's filters those of the sheets that search finds.
 */
export async function fetchFeedNews(filters: PracticeFilters) {
  "use cache";
  cacheTag(TAGS.practices, TAGS.vocabularies, TAGS.regions);
  cacheLife("hours");
  const normalised = { ...normalisePracticeFilters(filters), page: 1 };
  if (!hasActiveFilters(normalised)) return listRecentOpenCollection();
  return listRecentOpenCollection(20, await listMatchingIds(normalised, { truncate: true }));
}

/** When the published catalogue last changed (null while it is empty). */
export async function fetchLatestUpdate(): Promise<string | null> {
  "use cache";
  cacheTag(TAGS.practices);
  cacheLife("hours");
  const latest = await getLatestUpdate();
  return latest ? latest.toISOString() : null;
}
