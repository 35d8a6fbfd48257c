import type { Vocabulary } from "@/lib/generated/prisma/enums";
import type { EntityDraft, PracticeDraft } from "@/lib/practices/practice-input";

// Three-way merge of a sheet: base = the version the editor loaded, theirs = the version saved
// since by someone else, mine = what the editor submits. A field only one side changed takes
// that side's value; a field both changed to different values is a conflict the editor decides.
// Vocabulary lists merge value by value (both sides' additions and removals apply), so they
// never conflict. Nothing theirs changed is reverted unless the editor picks it in a conflict.

export const SCALAR_FIELDS = [
  "title",
  "summary",
  "description",
  "startDate",
  "serviceType",
  "operatorsTotal",
  "operatorsStaff",
  "operatorsVolunteers",
  "fundingNote",
  "feedback",
  "innovation",
  "sustainability",
  "sustainabilityNote",
  "resourcesNeeded",
  "difficulties",
  "replicationAdvice",
  "publicContact",
  "status",
] as const satisfies (keyof PracticeDraft)[];

// A field of the sheet missing above would be silently reverted by every merge: fail to compile.
type Unmerged = Exclude<keyof PracticeDraft, (typeof SCALAR_FIELDS)[number] | "code" | "entity" | "terms">;
const everyFieldMerges: [Unmerged] extends [never] ? true : Unmerged = true;
void everyFieldMerges;

export const VOCABULARIES = ["AREA", "FUNDING", "TECHNOLOGY", "NETWORK", "CHANNEL"] as const satisfies Vocabulary[];

/** Every field that can conflict: the scalar ones and the entity. */
export const CONFLICT_FIELDS = [...SCALAR_FIELDS, "entity"] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];
export type MergeField = ConflictField | `terms.${Vocabulary}`;

export type MergeResult = {
  /** Mine where only I changed or both agree, theirs where only they changed; mine where both changed. */
  merged: PracticeDraft;
  /** Fields both sides changed to different values. */
  conflicts: ConflictField[];
  /** Fields whose value came from theirs (what the merge kept of the other person's work). */
  fromTheirs: MergeField[];
};

export const isConflictField = (value: string): value is ConflictField =>
  (CONFLICT_FIELDS as readonly string[]).includes(value);

/** An entity's identity: the existing one by id, a new one by everything that describes it. */
export function entityKey(entity: EntityDraft) {
  if ("id" in entity) return `id:${entity.id}`;
  return `new:${JSON.stringify([entity.name, entity.kind, entity.istatCode, entity.regionId, entity.province])}`;
}

function same(field: ConflictField, a: PracticeDraft, b: PracticeDraft) {
  return field === "entity" ? entityKey(a.entity) === entityKey(b.entity) : a[field] === b[field];
}

/** Values of a set after both sides' additions and removals. Sorted, like every stored list. */
export function mergeSets(base: string[], theirs: string[], mine: string[]) {
  const [b, t, m] = [new Set(base), new Set(theirs), new Set(mine)];
  const all = new Set([...base, ...theirs, ...mine]);
  const keep = [...all].filter((value) => (b.has(value) ? t.has(value) && m.has(value) : t.has(value) || m.has(value)));
  return keep.sort();
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/** `base` null (no record of the loaded version): every field the two sides disagree on is a conflict. */
export function mergeDrafts(base: PracticeDraft | null, theirs: PracticeDraft, mine: PracticeDraft): MergeResult {
  const merged: PracticeDraft = { ...mine, terms: { ...mine.terms } };
  const conflicts: ConflictField[] = [];
  const fromTheirs: MergeField[] = [];
  const assign = merged as Record<ConflictField, unknown>;

  for (const field of CONFLICT_FIELDS) {
    if (same(field, theirs, mine)) continue;
    const theirsChanged = base === null || !same(field, base, theirs);
    const mineChanged = base === null || !same(field, base, mine);
    if (theirsChanged && mineChanged) conflicts.push(field);
    else if (theirsChanged) {
      assign[field] = theirs[field];
      fromTheirs.push(field);
    }
  }
  for (const vocabulary of VOCABULARIES) {
    const [t, m] = [[...theirs.terms[vocabulary]].sort(), [...mine.terms[vocabulary]].sort()];
    const result = mergeSets(base ? base.terms[vocabulary] : t, t, m);
    merged.terms[vocabulary] = result;
    if (!sameList(result, m)) fromTheirs.push(`terms.${vocabulary}`);
  }
  return { merged, conflicts, fromTheirs };
}

export type Choice = "mine" | "theirs";

/** Name of the form's radio group deciding a conflicting field. */
export const choiceName = (field: ConflictField) => `scelta_${field}`;

/** The editor's decisions on the conflicts: a field set to theirs takes the value they saved. */
export function applyChoices(
  mine: PracticeDraft,
  theirs: PracticeDraft,
  choices: Partial<Record<ConflictField, Choice>>,
): PracticeDraft {
  const result: PracticeDraft = { ...mine, terms: { ...mine.terms } };
  const assign = result as Record<ConflictField, unknown>;
  for (const field of CONFLICT_FIELDS) if (choices[field] === "theirs") assign[field] = theirs[field];
  return result;
}
