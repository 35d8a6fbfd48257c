import { z } from "zod";
import { versionedJson } from "@/lib/stored-json";

// AuditEvent.changes: small on purpose. Field values are cut to VALUE_LENGTH characters and at
// most MAX_FIELDS fields are kept: the log says what changed; the sheet's history holds the text.

export const VALUE_LENGTH = 200;
const MAX_FIELDS = 40;

const fieldChange = z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() });

const changesSchema = z.object({
  /** Fields before → after, as the sheet's history words them. */
  fields: z.array(fieldChange).optional(),
  /** Counts of a batch (created, updated, …). */
  counts: z.record(z.string(), z.number()).optional(),
  /** A sentence for what has no fields (a merge, a sign-out). */
  note: z.string().optional(),
  /** What an undo needs to put things back exactly; read with its own schema (lib/vocabularies/undo.ts). */
  undo: z.unknown().optional(),
});

export type AuditChanges = z.infer<typeof changesSchema>;
export type FieldChangeRecord = z.infer<typeof fieldChange>;

export const auditChangesJson = versionedJson({ version: 1, schema: changesSchema });

const cut = (value: string) => (value.length > VALUE_LENGTH ? `${value.slice(0, VALUE_LENGTH - 1)}…` : value);

export function boundedChanges(changes: AuditChanges): AuditChanges {
  return {
    ...changes,
    ...(changes.fields && {
      fields: changes.fields
        .slice(0, MAX_FIELDS)
        .map((change) => ({ ...change, before: cut(change.before), after: cut(change.after) })),
    }),
    ...(changes.note !== undefined && { note: cut(changes.note) }),
  };
}
