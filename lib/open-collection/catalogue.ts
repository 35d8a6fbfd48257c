import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache-tags";
import {
  compareDeclarationsWithFollowUps,
  getReplicationSummaries,
  countReplicationsByRegion,
  getOpenCollection,
  listMostReplicated,
  listRegionReplications,
} from "@/lib/open-collection/queries";
import { boundedRowIds, isRowId } from "@/lib/row-ids";
import { isSlug } from "@/lib/text";

// Cached public reads of replications and follow-ups. Approving one revalidates the sheet's tag
// (and its replicating entity's sheets) plus TAGS.practices, which every aggregate below carries.
// Like every 'use cache' function these are also callable as actions: each bounds its arguments.

export async function fetchOpenCollection(slug: string, practiceId: number, entityId: number) {
  "use cache";
  cacheTag(TAGS.practices);
  cacheLife("days");
  if (!isSlug(slug) || !isRowId(practiceId) || !isRowId(entityId)) return null;
  cacheTag(TAGS.practice(slug));
  return getOpenCollection(practiceId, entityId, { publishedOnly: true });
}

export async function fetchReplicationStats() {
  "use cache";
  cacheTag(TAGS.practices);
  cacheLife("hours");
  const [mostReplicated, byRegion, declarations] = await Promise.all([
    listMostReplicated(),
    countReplicationsByRegion(),
    compareDeclarationsWithFollowUps(),
  ]);
  return { mostReplicated, byRegion, declarations };
}

export async function fetchRegionReplications(regionId: number) {
  "use cache";
  cacheTag(TAGS.practices);
  cacheLife("hours");
  return Number.isSafeInteger(regionId) && regionId >= 1 && regionId <= 20 ? listRegionReplications(regionId) : null;
}

/** Replication count and latest follow-up of the given sheets (API list): a bounded id list. */
export async function fetchReplicationSummaries(practiceIds: number[]) {
  "use cache";
  cacheTag(TAGS.practices);
  cacheLife("hours");
  return getReplicationSummaries(boundedRowIds(practiceIds, 100));
}
