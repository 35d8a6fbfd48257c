import { describe, expect, it } from "vitest";
import { applyInvalidation, isExpired, isStale } from "@/lib/cache/tag-sync";
import { syncState } from "@/lib/cache/sync-state";

// Each process keeps the time every cache tag was last invalidated (lib/cache/tag-sync.ts). Every
// sheet ever edited or imported has a tag of its own, and another process's NOTIFY can name any:
// the times kept are bounded, and forgetting one never lets a page older than its change be served.

const state = () =>
  syncState(() => {
    throw new Error("tag-sync.ts creates the state when it is imported");
  });

describe("tag invalidation times", () => {
  it("keeps at most 10,000 tags however many distinct ones are invalidated", () => {
    const start = Date.now() - 60_000;
    for (let i = 0; i < 50_000; i++) applyInvalidation([`practice:scheda-${i}`], { expire: 0 }, start + i);
    expect(state().tags.size).toBeLessThanOrEqual(10_000);
    // The latest ones are still known one by one.
    expect(state().tags.has("practice:scheda-49999")).toBe(true);
  });

  it("treats an entry as expired when a forgotten tag of it was invalidated after it was written", () => {
    const written = Date.now() - 30_000;
    applyInvalidation(["practice:dimenticata"], { expire: 0 }, written + 1);
    expect(isExpired(["practice:dimenticata"], written)).toBe(true);
    for (let i = 0; i < 20_000; i++) applyInvalidation([`practice:altra-${i}`], { expire: 0 }, written + 2);
    expect(state().tags.has("practice:dimenticata")).toBe(false);
    expect(isExpired(["practice:dimenticata"], written)).toBe(true);
    // What was written after every invalidation is served, forgotten tag or not.
    const fresh = Date.now();
    expect(isExpired(["practice:dimenticata"], fresh)).toBe(false);
    expect(isStale(["practice:altra-19999"], fresh)).toBe(false);
  });

  it("forgets the tag invalidated longest ago, not one invalidated again recently", () => {
    const at = Date.now() - 10_000;
    applyInvalidation(["practices"], { expire: 0 }, at);
    for (let i = 0; i < 9_000; i++) applyInvalidation([`practice:prima-${i}`], { expire: 0 }, at);
    applyInvalidation(["practices"], { expire: 0 }, at + 1);
    for (let i = 0; i < 2_000; i++) applyInvalidation([`practice:poi-${i}`], { expire: 0 }, at + 1);
    expect(state().tags.has("practices")).toBe(true);
    expect(state().tags.has("practice:prima-0")).toBe(false);
  });
});
