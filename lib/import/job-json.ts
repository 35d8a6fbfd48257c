import { z } from "zod";
import { EntityKind } from "@/lib/generated/prisma/enums";
import type { ImportSummary } from "@/lib/import/analyse";
import type { ImportRow } from "@/lib/import/validate-rows";
import { sheetFields } from "@/lib/practices/snapshot-json";
import { versionedJson } from "@/lib/stored-json";

// ImportJob.summary and ImportJob.payload as stored, each with the version of its format.

const count = z.number().int().min(0);

const summarySchema = z.object({
  details: z.string(),
  counts: z.object({ created: count, updated: count, unchanged: count }),
  problems: z.array(
    z.object({
      row: z.number().int().nullable(),
      column: z.string().nullable(),
      letter: z.string().optional(),
      message: z.string(),
    }),
  ),
  rows: z.array(
    z.object({
      row: z.number().int(),
      code: z.string(),
      title: z.string(),
      outcome: z.enum(["created", "updated", "unchanged"]),
      version: z.number().int(),
      setAside: z.number().int().nullable().optional(),
      changes: z
        .array(z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() }))
        .optional(),
      flags: z
        .array(z.object({ kind: z.enum(["cleared", "status", "stale", "draft"]), message: z.string() }))
        .optional(),
      notes: z.array(z.string()).optional(),
    }),
  ),
  clearBlanks: z.boolean().optional(),
  problemCount: count.optional(),
  failure: z.string().optional(),
}) satisfies z.ZodType<ImportSummary>;

const rowSchema = z.object({
  row: z.number().int(),
  draft: sheetFields.extend({
    entity: z.union([
      z.object({ id: z.number().int() }),
      z.object({
        name: z.string(),
        kind: z.enum(EntityKind),
        istatCode: z.string().nullable(),
        regionId: z.number().int(),
        province: z.string().nullable(),
      }),
    ]),
  }),
  stamp: z.object({ version: z.number().int().optional(), updatedAt: z.string().optional() }).optional(),
  baseVersion: z.number().int().optional(),
}) satisfies z.ZodType<ImportRow>;

export const importSummaryJson = versionedJson({ version: 1, schema: summarySchema });

// Before versions, the payload was the bare array of rows.
export const importPayloadJson = versionedJson({
  version: 1,
  schema: z.object({ rows: z.array(rowSchema) }),
  unversioned: (json) => (Array.isArray(json) ? { rows: json } : json),
});
