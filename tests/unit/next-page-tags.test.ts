import { createRequire } from "node:module";
import { expect, it } from "vitest";

// lib/cache/tag-sync.ts writes invalidations received from other processes into Next's page-cache
// tag map, an internal module: this fails first if a Next upgrade moves or reshapes it
// (tests/e2e/two-instances.spec.ts would then see stale pages on the second instance).
it("Next's page-cache tag map is where tag-sync.ts expects it", () => {
  const manifest = createRequire(import.meta.url)("next/dist/server/lib/incremental-cache/tags-manifest.external.js");
  expect(manifest.tagsManifest).toBeInstanceOf(Map);
  expect(typeof manifest.areTagsExpired).toBe("function");
});
