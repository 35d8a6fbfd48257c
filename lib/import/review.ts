import type { Prisma } from "@/lib/generated/prisma/client";
import type { Vocabulary } from "@/lib/generated/prisma/enums";
import type { PlannedUpdate } from "@/lib/import/apply-batch";
import type { ImportRow } from "@/lib/import/validate-rows";
import { diffSnapshots, type FieldChange, type PracticeSnapshot } from "@/lib/practices/snapshot";

// What the preview shows of each sheet an import updates: every field that changes, before →
// after, and what needs a second look before it is written — values cleared, a status change,
// a sheet edited after the file was made, unpublished changes the update would set aside. A
// flagged row is written only once ticked.

export type RowFlag = { kind: "cleared" | "status" | "stale" | "draft"; message: string };
export type RowReview = { changes: FieldChange[]; flags: RowFlag[] };

type Tx = Prisma.TransactionClient;

/** Values are shown, not stored whole: a description may hold 20,000 characters. */
const SHOWN_CHARS = 300;
const shown = (text: string) => (text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text);

const dateTime = new Intl.DateTimeFormat("it-IT", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Rome" });

export async function reviewUpdates(
  tx: Tx,
  planned: { row: ImportRow; update: PlannedUpdate }[],
): Promise<Map<number, RowReview>> {
  const terms = await tx.term.findMany({ select: { vocabulary: true, slug: true, label: true } });
  const labels = new Map(terms.map((t) => [`${t.vocabulary}|${t.slug}`, t.label]));
  const termLabel = (vocabulary: Vocabulary, slug: string) => labels.get(`${vocabulary}|${slug}`) ?? slug;
  const history = await olderRevisions(
    tx,
    planned.filter(({ row }) => !row.stamp?.version && !row.stamp?.updatedAt).map(({ update }) => update),
  );

  const reviews = new Map<number, RowReview>();
  for (const { row, update } of planned) {
    const changes = diffSnapshots(update.before, update.after, termLabel).filter((c) => c.field !== "slug");
    const flags: RowFlag[] = [];
    // An empty «sostenibilità» reads "non noto": a known answer replaced by it is cleared too.
    const unknownNow = (c: FieldChange) => c.field === "sustainability" && update.after.sustainability === "NON_NOTO";
    const cleared = changes.filter((c) => (c.after === "—" && c.before !== "—") || unknownNow(c));
    if (cleared.length)
      flags.push({ kind: "cleared", message: `Valori cancellati: ${cleared.map((c) => c.label).join(", ")}.` });
    const status = changes.find((c) => c.field === "status");
    if (status) flags.push({ kind: "status", message: `Cambia lo stato: ${status.before} → ${status.after}.` });
    const stale = staleness(row, update, changes, history.get(update.practiceId) ?? [], termLabel);
    if (stale) flags.push({ kind: "stale", message: stale });
    if (update.draftVersion !== null)
      flags.push({
        kind: "draft",
        message: `La scheda ha modifiche non pubblicate (versione ${update.draftVersion}): l'importazione le mette da parte (restano nello Storico).`,
      });
    reviews.set(row.row, {
      changes: changes.map((c) => ({ ...c, before: shown(c.before), after: shown(c.after) })),
      flags,
    });
  }
  return reviews;
}

function staleness(
  { stamp, baseVersion }: ImportRow,
  update: PlannedUpdate,
  changes: FieldChange[],
  older: { version: number; snapshot: PracticeSnapshot }[],
  termLabel: (vocabulary: Vocabulary, slug: string) => string,
): string | null {
  const edited = `modificata il ${dateTime.format(update.updatedAt)} (versione ${update.version})`;
  if (baseVersion !== undefined && baseVersion !== update.version)
    return `La scheda è stata ${edited} mentre il file veniva controllato.`;
  if (stamp?.version)
    return stamp.version < update.version
      ? `La scheda è stata ${edited}, dopo l'esportazione del file (versione ${stamp.version}).`
      : null;
  if (stamp?.updatedAt)
    return new Date(stamp.updatedAt) < update.updatedAt
      ? `La scheda è stata ${edited}, dopo l'esportazione del file (${dateTime.format(new Date(stamp.updatedAt))}).`
      : null;
  // A file without our stamps is compared by content: does it bring back what a later edit changed?
  for (const revision of older) {
    const differing = new Set(diffSnapshots(revision.snapshot, update.after, termLabel).map((c) => c.field));
    const reverted = changes.filter((c) => !differing.has(c.field) && c.field !== "status");
    if (reverted.length)
      return `Il file riporta ${reverted.map((c) => c.label).join(", ")} com'era nella versione ${revision.version}: la scheda è stata poi ${edited}.`;
  }
  return null;
}

/** The earlier versions of these sheets, newest first. */
async function olderRevisions(tx: Tx, updates: PlannedUpdate[]) {
  const byPractice = new Map<number, { version: number; snapshot: PracticeSnapshot }[]>();
  if (updates.length === 0) return byPractice;
  const pairs = JSON.stringify(updates.map((u) => ({ id: u.practiceId, version: u.version })));
  const rows = await tx.$queryRaw<{ practiceId: number; version: number; snapshot: PracticeSnapshot }[]>`
    SELECT r."practiceId", r."version", r."snapshot" FROM "PracticeRevision" r
    JOIN json_to_recordset(${pairs}::json) AS k(id int, version int) ON r."practiceId" = k.id AND r."version" < k.version
    ORDER BY r."practiceId", r."version" DESC`;
  for (const row of rows) byPractice.set(row.practiceId, [...(byPractice.get(row.practiceId) ?? []), row]);
  return byPractice;
}
