import { LRUCache } from "lru-cache";
import { etagOf } from "@/lib/api/http";
import { TAGS } from "@/lib/cache-tags";
import { cacheSyncListening, invalidatedSince } from "@/lib/cache/sync-state";
import type { PracticeFilters } from "@/lib/practices/search-params";

// Download files (CSV, JSON) of a selection, finished, kept by each server process. Every download
// decoded all the selection's records from the 'use cache' store and wrote the file again: ten
// simultaneous downloads of the whole catalogue raised a worker's resident memory by 40–70 MB
// (`npm run bench`). A file is kept until a tag of its records (lib/open-data/catalogue.ts) is
// invalidated — in this process or, through lib/cache/tag-sync.ts, in another — and only while this
// process hears the others' invalidations.

const TAGS_OF_RECORDS = [TAGS.practices, TAGS.vocabularies, TAGS.regions];
const BUDGET_BYTES = 32 * 1024 * 1024;
const MAX_AGE_MS = 60 * 60 * 1000;

export type ExportFile = { body: string; etag: string };
type Kept = { file: ExportFile; builtAt: number };

const files = new LRUCache<string, Kept>({
  maxSize: BUDGET_BYTES,
  sizeCalculation: ({ file }, key) => file.body.length * 2 + key.length + 128,
  ttl: MAX_AGE_MS,
});

const fresh = (kept: Kept) => !TAGS_OF_RECORDS.some((tag) => invalidatedSince(tag, kept.builtAt));

/**
 * The file of `format` for `filters`, built by `build` unless kept; `build` answers the reason
 * instead of a body when the selection is too large to export (never kept).
 */
export async function exportFile(
  format: string,
  filters: PracticeFilters,
  build: () => Promise<string | { refused: string }>,
): Promise<ExportFile | { refused: string }> {
  const key = `${format} ${JSON.stringify(filters)}`;
  const listening = cacheSyncListening();
  const kept = listening ? files.get(key) : undefined;
  if (kept && fresh(kept)) return kept.file;
  const builtAt = Date.now();
  const built = await build();
  if (typeof built !== "string") return built;
  const file = { body: built, etag: etagOf(built) };
  const entry = { file, builtAt };
  if (listening && fresh(entry)) files.set(key, entry);
  return file;
}
