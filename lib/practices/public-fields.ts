import type { Prisma } from "@/lib/generated/prisma/client";

// What the public may see of a published sheet, its entity and its terms: the fields its pages,
// the API and the open-data files show. Public reads select these, never a whole row: the cached
// reads behind them ('use cache') are also server actions anyone can POST to, and answer with what
// they return as it is (tests/e2e/security.spec.ts). A published sheet's row also holds what only
// the staff may know — draftVersion (saved changes not yet published), publishAt (when they will
// be) — and search internals (searchExtra, facetKeys).

export const publicRegionSelect = {
  id: true,
  slug: true,
  name: true,
  ripartizione: true,
} satisfies Prisma.RegionSelect;

export const publicEntitySelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  istatCode: true,
  province: true,
  population: true,
  populationBand: true,
  isSample: true,
  regionId: true,
  region: { select: publicRegionSelect },
} satisfies Prisma.EntitySelect;

export const publicTermSelect = {
  id: true,
  vocabulary: true,
  slug: true,
  label: true,
  description: true,
  position: true,
} satisfies Prisma.TermSelect;

/** The sheet's own public fields, without relations: what a list of an entity's sheets needs too. */
export const publicPracticeFields = {
  id: true,
  code: true,
  slug: true,
  title: true,
  summary: true,
  description: true,
  startDate: true,
  serviceType: true,
  operatorsTotal: true,
  operatorsStaff: true,
  operatorsVolunteers: true,
  fundingNote: true,
  feedback: true,
  innovation: true,
  sustainability: true,
  sustainabilityNote: true,
  resourcesNeeded: true,
  difficulties: true,
  replicationAdvice: true,
  publicContact: true,
  isSample: true,
  version: true,
  entityId: true,
  publishedAt: true,
  updatedAt: true,
} satisfies Prisma.PracticeSelect;

export const publicPracticeSelect = {
  ...publicPracticeFields,
  entity: { select: publicEntitySelect },
  terms: { select: { term: { select: publicTermSelect } }, orderBy: { term: { position: "asc" } } },
} satisfies Prisma.PracticeSelect;

/** A published sheet with its entity, region and terms, as the public sees it. */
export type PublicPractice = Prisma.PracticeGetPayload<{ select: typeof publicPracticeSelect }>;
export type PublicEntity = Prisma.EntityGetPayload<{ select: typeof publicEntitySelect }>;
export type PublicRegion = Prisma.RegionGetPayload<{ select: typeof publicRegionSelect }>;
