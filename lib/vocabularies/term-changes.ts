import type { Prisma } from "@/lib/generated/prisma/client";
import type { Vocabulary } from "@/lib/generated/prisma/enums";
import { TERM_FIELDS, type TermField } from "@/lib/practices/practice-fields";
import { buildSearchExtra } from "@/lib/practices/search-document";
import { isUniqueViolation } from "@/lib/prisma-client";
import { matchKey, slugify } from "@/lib/text";

// Changes to vocabulary values, inside the caller's transaction. Slugs are part of public URLs
// (/pratiche?area=anziani): set once from the first label, never changed by a rename. Labels are
// part of the sheets' search text, so a rename or merge rewrites searchExtra of the sheets
// concerned (the trigger then recomputes their tsvector). The caller refreshes the SearchWord
// dictionary after commit and revalidates the public pages.

type Tx = Prisma.TransactionClient;
type TermText = { label: string; description: string | null };

/** A change the rules refuse; `field` places the message next to a form field. */
export class TermRuleError extends Error {
  constructor(
    message: string,
    readonly field?: "label" | "into",
  ) {
    super(message);
  }
}

const SLUG_LENGTH = 60;
export const GONE = "La voce non esiste più: forse qualcuno l'ha appena unita o eliminata. Ricarica la pagina.";

/**
 * Locks the values for the rest of the transaction: a sheet being saved at the same moment with
 * one of them waits for this change (and fails cleanly if the value was merged away) instead of
 * silently losing it or keeping a stale label in its search text.
 */
export async function lockTerms(tx: Tx, ids: number[]) {
  await tx.$queryRaw`SELECT "id" FROM "Term" WHERE "id" = ANY(${ids}::int[]) ORDER BY "id" FOR UPDATE`;
  return tx.term.findMany({ where: { id: { in: ids } } });
}

/** Refuses a label that reads like another value of the same vocabulary, or would share its slug. */
export async function requireDistinctLabel(
  tx: Tx,
  vocabulary: Vocabulary,
  label: string,
  advice: string,
  exceptId?: number,
) {
  const key = matchKey(label);
  const slug = slugify(label, SLUG_LENGTH);
  const others = await tx.term.findMany({
    where: { vocabulary, id: { not: exceptId } },
    select: { label: true, slug: true },
  });
  const twin = others.find((term) => matchKey(term.label) === key || term.slug === slug);
  if (twin) throw new TermRuleError(`Esiste già la voce «${twin.label}»: ${advice}`, "label");
}

/** Search text of the given sheets from their current entity and term labels; updatedAt and version untouched. */
export async function refreshSearchExtra(tx: Tx, practiceIds: number[]) {
  if (practiceIds.length === 0) return;
  const practices = await tx.practice.findMany({
    where: { id: { in: practiceIds } },
    select: {
      id: true,
      entity: { select: { name: true, province: true, region: { select: { name: true } } } },
      terms: { select: { term: { select: { label: true } } }, orderBy: { termId: "asc" } },
    },
  });
  const ids = practices.map((practice) => practice.id);
  const extras = practices.map((practice) =>
    buildSearchExtra({
      entityName: practice.entity.name,
      province: practice.entity.province,
      regionName: practice.entity.region.name,
      termLabels: practice.terms.map((link) => link.term.label),
    }),
  );
  // Raw SQL, not practice.update: Prisma would bump updatedAt, and a vocabulary change is not
  // an edit of the sheet (no version, no revision, no "aggiornata" date).
  await tx.$executeRaw`
    UPDATE "Practice" AS p SET "searchExtra" = v.extra
    FROM unnest(${ids}::int[], ${extras}::text[]) AS v(id, extra)
    WHERE p."id" = v.id AND p."searchExtra" IS DISTINCT FROM v.extra`;
}

export async function addTerm(tx: Tx, vocabulary: Vocabulary, text: TermText) {
  const slug = slugify(text.label, SLUG_LENGTH);
  if (!slug) throw new TermRuleError("L'etichetta deve contenere almeno una lettera o una cifra.", "label");
  await requireDistinctLabel(tx, vocabulary, text.label, "usa quella, oppure scegli un'etichetta diversa.");
  const { _max } = await tx.term.aggregate({ where: { vocabulary }, _max: { position: true } });
  // A new value with the slug of one merged away takes its links back from the alias.
  await tx.termAlias.deleteMany({ where: { vocabulary, slug } });
  try {
    return await tx.term.create({ data: { vocabulary, slug, ...text, position: (_max.position ?? -1) + 1 } });
  } catch (error) {
    // Someone added the same value a moment ago: the unique (vocabulary, slug) index decides.
    if (isUniqueViolation(error))
      throw new TermRuleError("Questa voce è appena stata aggiunta da qualcun altro.", "label");
    throw error;
  }
}

/** New label and description; the slug, and so every public link, stays. */
export async function updateTerm(tx: Tx, termId: number, text: TermText) {
  const [term] = await lockTerms(tx, [termId]);
  if (!term) throw new TermRuleError(GONE);
  await requireDistinctLabel(
    tx,
    term.vocabulary,
    text.label,
    "se indicano la stessa cosa, unisci le due voci.",
    term.id,
  );
  const updated = await tx.term.update({ where: { id: term.id }, data: text });
  const labelChanged = term.label !== updated.label;
  const practiceIds = labelChanged ? await practiceIdsOf(tx, term.id) : [];
  await refreshSearchExtra(tx, practiceIds);
  return { before: term, term: updated, labelChanged, practiceIds };
}

/**
 * Moves every sheet of `fromId` to `intoId` (a sheet that had both keeps one) and deletes
 * `fromId`. Not a sheet edit: no version bump, no revision (the audit log lists the sheets, and
 * their history shows the merge). The old slug becomes an alias of `intoId`, so old links to it
 * redirect there. `undo` is what lib/vocabularies/undo.ts needs to put everything back.
 */
export async function mergeTerms(tx: Tx, fromId: number, intoId: number) {
  if (fromId === intoId) throw new TermRuleError("Scegli una voce diversa da quella da unire.", "into");
  const terms = await lockTerms(tx, [fromId, intoId]);
  const from = terms.find((term) => term.id === fromId);
  const into = terms.find((term) => term.id === intoId);
  if (!from || !into) throw new TermRuleError(GONE);
  if (from.vocabulary !== into.vocabulary)
    throw new TermRuleError("Si possono unire solo voci dello stesso vocabolario.", "into");

  const practiceIds = await practiceIdsOf(tx, from.id);
  const hadInto = new Set(await practiceIdsOf(tx, into.id));
  const added = practiceIds.filter((id) => !hadInto.has(id));
  const { count: moved } = await tx.practiceTerm.createMany({
    data: added.map((practiceId) => ({ practiceId, termId: into.id })),
    skipDuplicates: true,
  });
  const aliases = await tx.termAlias.findMany({ where: { termId: from.id }, select: { slug: true } });
  await tx.termAlias.updateMany({ where: { termId: from.id }, data: { termId: into.id } });
  await tx.termAlias.upsert({
    where: { vocabulary_slug: { vocabulary: from.vocabulary, slug: from.slug } },
    create: { vocabulary: from.vocabulary, slug: from.slug, termId: into.id },
    update: { termId: into.id },
  });
  await tx.term.delete({ where: { id: from.id } }); // cascades to its PracticeTerm rows
  await refreshSearchExtra(tx, practiceIds);
  const undo = {
    term: {
      id: from.id,
      vocabulary: from.vocabulary,
      slug: from.slug,
      label: from.label,
      description: from.description,
      position: from.position,
    },
    intoId: into.id,
    practiceIds,
    added,
    aliasSlugs: aliases.map((alias) => alias.slug),
  };
  return { from, into, practices: practiceIds.length, moved, practiceIds, undo };
}

/**
 * Deletes a value nothing uses; a used one must be merged, so that nothing loses it. Besides the
 * sheets, a published sheet's unpublished changes, a pending proposal and an editor's autosaved
 * form name values by slug (a merged one reads as the value it became), not by a row here: deleted,
 * the value would vanish from the sheet when those changes or that proposal were published, or
 * from the form when the autosave was restored.
 */
export async function deleteTerm(tx: Tx, termId: number) {
  const [term] = await lockTerms(tx, [termId]);
  if (!term) throw new TermRuleError(GONE);
  const sheets = await tx.practiceTerm.count({ where: { termId } });
  const { drafts, proposals, autosaves } = await usesBySlug(tx, term);
  const uses = [
    sheets && (sheets === 1 ? "da una scheda" : `da ${sheets} schede`),
    drafts && `dalle modifiche non pubblicate di ${drafts === 1 ? "una scheda" : `${drafts} schede`}`,
    proposals && (proposals === 1 ? "da una segnalazione da esaminare" : `da ${proposals} segnalazioni da esaminare`),
    autosaves &&
      (autosaves === 1 ? "da un modulo salvato in automatico" : `da ${autosaves} moduli salvati in automatico`),
  ].filter(Boolean);
  if (uses.length) {
    const listed = uses.length === 1 ? uses[0] : `${uses.slice(0, -1).join(", ")} e ${uses.at(-1)}`;
    throw new TermRuleError(`La voce è usata ${listed}: per toglierla, uniscila a un'altra voce.`);
  }
  await tx.term.delete({ where: { id: term.id } });
  return term;
}

/** Pending drafts of published sheets, pending proposals and autosaved forms naming the value (or a value merged into it). */
async function usesBySlug(tx: Tx, term: { id: number; vocabulary: Vocabulary; slug: string }) {
  const aliases = await tx.termAlias.findMany({ where: { termId: term.id }, select: { slug: true } });
  const slugs = [term.slug, ...aliases.map((alias) => alias.slug)];
  const field = Object.keys(TERM_FIELDS).find((name) => TERM_FIELDS[name as TermField] === term.vocabulary)!;
  const [counts] = await tx.$queryRaw<{ drafts: number; proposals: number; autosaves: number }[]>`
    SELECT
      (SELECT count(*)::int FROM "Practice" p
        JOIN "PracticeRevision" r ON r."practiceId" = p."id" AND r."version" = p."draftVersion"
        WHERE jsonb_exists_any(r."snapshot"->'terms'->${term.vocabulary}, ${slugs}::text[])) AS "drafts",
      (SELECT count(*)::int FROM "Submission" s
        WHERE s."kind" = 'NEW_PRACTICE' AND s."status" IN ('RECEIVED', 'IN_REVIEW')
          AND jsonb_exists_any(s."payload"->'values'->${field}, ${slugs}::text[])) AS "proposals",
      (SELECT count(*)::int FROM "EditorDraft" d
        WHERE jsonb_exists_any(d."values"->'values'->${field}, ${slugs}::text[])) AS "autosaves"`;
  return counts!;
}

export async function practiceIdsOf(tx: Tx, termId: number) {
  const links = await tx.practiceTerm.findMany({ where: { termId }, select: { practiceId: true } });
  return links.map((link) => link.practiceId);
}
