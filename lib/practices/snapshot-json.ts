import { z } from "zod";
import { EntityKind, PracticeStatus, ServiceType, Sustainability } from "@/lib/generated/prisma/enums";
import type { PracticeSnapshot } from "@/lib/practices/snapshot";
import { versionedJson } from "@/lib/stored-json";

// PracticeRevision.snapshot as stored: a PracticeSnapshot (lib/practices/snapshot.ts) with the
// version of its format. The sheet's own fields are shared with an import job's stored rows.

const text = z.string();
const optionalText = z.string().nullable();
const count = z.number().int().nullable();
const slugs = z.array(z.string());

/** The fields a sheet and its draft share. */
export const sheetFields = z.object({
  code: text,
  title: text,
  summary: text,
  description: text,
  startDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  serviceType: z.enum(ServiceType),
  operatorsTotal: count,
  operatorsStaff: count,
  operatorsVolunteers: count,
  fundingNote: optionalText,
  feedback: optionalText,
  innovation: optionalText,
  sustainability: z.enum(Sustainability),
  sustainabilityNote: optionalText,
  // Added after the first revisions were stored: absent there, read as not given.
  resourcesNeeded: optionalText.default(null),
  difficulties: optionalText.default(null),
  replicationAdvice: optionalText.default(null),
  publicContact: optionalText.default(null),
  status: z.enum(PracticeStatus),
  terms: z.object({ AREA: slugs, FUNDING: slugs, TECHNOLOGY: slugs, NETWORK: slugs, CHANNEL: slugs }),
});

const snapshotSchema = sheetFields.extend({
  slug: text,
  entity: z.object({
    id: z.number().int(),
    name: text,
    kind: z.enum(EntityKind),
    istatCode: optionalText,
    regionSlug: text,
    regionName: text,
    province: optionalText,
  }),
}) satisfies z.ZodType<PracticeSnapshot>;

export const revisionSnapshot = versionedJson({ version: 1, schema: snapshotSchema });

/** A revision's snapshot, checked. */
export const snapshotOfRevision = (revision: { id: number; snapshot: unknown }): PracticeSnapshot =>
  revisionSnapshot.read(revision.snapshot, `PracticeRevision ${revision.id}, snapshot`);
