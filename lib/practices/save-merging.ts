import { auditPracticeSave } from "@/lib/audit/practice-save";
import { db } from "@/lib/db";
import { applyChoices, mergeDrafts, type Choice, type ConflictField, type MergeField } from "@/lib/practices/merge";
import { draftFromSnapshot, savePractice, type SaveActor, type SaveOutcome } from "@/lib/practices/mutations";
import type { PracticeDraft } from "@/lib/practices/practice-input";
import { snapshotOfRevision } from "@/lib/practices/snapshot-json";

// An edit saved on top of whatever was saved since the editor opened the sheet: a stale save is
// merged three-way with the version the editor loaded, and only fields both people changed are
// handed back for a decision (lib/practices/merge.ts).

export type MergingOutcome =
  | { outcome: "saved"; save: Exclude<SaveOutcome, { outcome: "conflict" }>; fromTheirs: MergeField[] }
  | {
      outcome: "conflict";
      practiceId: number;
      /** The version to resolve against: the next save is based on it. */
      theirsVersion: number;
      conflicts: ConflictField[];
      merged: PracticeDraft;
      theirs: PracticeDraft;
      fromTheirs: MergeField[];
    }
  | {
      outcome: "invalid";
      /** The version the merged values are based on. */
      theirsVersion: number;
      merged: PracticeDraft;
      problems: Partial<Record<string, string[]>>;
      fromTheirs: MergeField[];
    };

const MAX_ATTEMPTS = 5;

const revisionAt = (practiceId: number, version: number) =>
  db.practiceRevision.findUnique({ where: { practiceId_version: { practiceId, version } } });

const draftOf = (revision: Awaited<ReturnType<typeof revisionAt>>) =>
  revision ? draftFromSnapshot(snapshotOfRevision(revision)) : null;

const draftAtVersion = async (practiceId: number, version: number) => draftOf(await revisionAt(practiceId, version));

/**
 * What a stale save is merged from. A pending draft that a live write (an import, bulk Archivia)
 * set aside is no ancestor of what was saved since: the merge starts from the published content
 * the draft was built on, so the draft's own changes stay the editor's instead of being taken as
 * someone else's reverting them.
 */
async function mergeBase(practiceId: number, version: number) {
  const revision = await revisionAt(practiceId, version);
  const setAside =
    revision?.draft &&
    (await db.practiceRevision.count({ where: { practiceId, version: { gt: version }, draft: false } })) > 0;
  const published = setAside
    ? await db.practiceRevision.findFirst({
        where: { practiceId, version: { lt: version }, draft: false },
        orderBy: { version: "desc" },
      })
    : null;
  return draftOf(published ?? revision);
}

/** What the sheet's rules refuse in a draft assembled from two people's values. */
export function mergedProblems(draft: PracticeDraft) {
  const problems: Partial<Record<string, string[]>> = {};
  const { operatorsTotal: total, operatorsStaff: staff, operatorsVolunteers: volunteers } = draft;
  if (total !== null && (staff ?? 0) + (volunteers ?? 0) > total)
    problems.operatori_totale = ["Operatori coinvolti: il totale è minore della somma di personale e volontari."];
  if (draft.terms.AREA.length === 0) problems.aree_utenza = ["Aree di utenza: indica almeno un'area."];
  return problems;
}

/**
 * Saves `draft`, based on `baseVersion`. `choices` are the editor's decisions on the conflicts
 * shown for `baseVersion` (a field set to "theirs" takes that version's value).
 */
export async function saveMerging(
  draft: PracticeDraft,
  baseVersion: number,
  actor: SaveActor,
  practiceId: number,
  choices: Partial<Record<ConflictField, Choice>> = {},
): Promise<MergingOutcome> {
  let mine = draft;
  let base = baseVersion;
  const fromTheirs = new Set<MergeField>();
  if (Object.keys(choices).length) {
    const theirs = await draftAtVersion(practiceId, baseVersion);
    if (theirs) {
      mine = applyChoices(mine, theirs, choices);
      for (const [field, choice] of Object.entries(choices))
        if (choice === "theirs") fromTheirs.add(field as MergeField);
    }
  }
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const problems = mergedProblems(mine);
    if (fromTheirs.size && Object.keys(problems).length)
      return { outcome: "invalid", theirsVersion: base, merged: mine, problems, fromTheirs: [...fromTheirs] };
    const outcome = await db.$transaction(async (tx) => {
      const saved = await savePractice(tx, mine, actor, base);
      await auditPracticeSave(tx, actor.userId, saved);
      return saved;
    });
    if (outcome.outcome !== "conflict") return { outcome: "saved", save: outcome, fromTheirs: [...fromTheirs] };

    const theirs = draftFromSnapshot(outcome.current);
    const result = mergeDrafts(await mergeBase(practiceId, base), theirs, mine);
    for (const field of result.fromTheirs) fromTheirs.add(field);
    if (result.conflicts.length) {
      return {
        outcome: "conflict",
        practiceId,
        theirsVersion: outcome.currentVersion,
        conflicts: result.conflicts,
        merged: result.merged,
        theirs,
        fromTheirs: [...fromTheirs],
      };
    }
    mine = result.merged;
    base = outcome.currentVersion;
  }
  throw new Error(
    `La scheda ${practiceId} cambia troppo spesso: salvataggio non riuscito dopo ${MAX_ATTEMPTS} tentativi.`,
  );
}
