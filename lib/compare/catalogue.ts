import type { PracticeRecord } from "@/lib/api/schemas";
import { siteUrl } from "@/lib/env";
import { practiceRecord } from "@/lib/open-data/record";
import { fetchPractice } from "@/lib/practices/catalogue";

/** The requested sheets that are published, in the requested order, and the slugs that are not. */
export async function fetchComparedRecords(slugs: string[]): Promise<{ records: PracticeRecord[]; missing: string[] }> {
  const practices = await Promise.all(slugs.map((slug) => fetchPractice(slug)));
  const base = siteUrl();
  return {
    records: practices.flatMap((practice) => (practice ? [practiceRecord(practice, base)] : [])),
    missing: slugs.filter((_, index) => !practices[index]),
  };
}
