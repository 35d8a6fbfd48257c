import type { PracticeRecord } from "@/lib/api/schemas";
import { siteUrl } from "@/lib/env";
import { practiceRecord } from "@/lib/open-data/record";
import { getReplicationSummaries } from "@/lib/open-collection/queries";
import { fetchPractice } from "@/lib/practices/catalogue";

/** The requested sheets that are published, in the requested order, and the slugs that are not. */
export async function fetchComparedRecords(slugs: string[]): Promise<{ records: PracticeRecord[]; missing: string[] }> {
  const practices = await Promise.all(slugs.map((slug) => fetchPractice(slug)));
  const base = siteUrl();
  const summaries = await getReplicationSummaries(practices.flatMap((practice) => (practice ? [practice.id] : [])));
  return {
    records: practices.flatMap((practice) => (practice ? [practiceRecord(practice, base, summaries)] : [])),
    missing: slugs.filter((_, index) => !practices[index]),
  };
}
