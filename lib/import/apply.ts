import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportRow } from "@/lib/import/validate-rows";
import { savePractice, type SaveActor } from "@/lib/practices/mutations";
import { refreshSearchWords } from "@/lib/practices/search-words";
import type { Db } from "@/lib/prisma-client";

// Dry run and commit make the same writes, through savePractice: the dry run rolls them back,
// so its preview is what the commit does on the same data. Both hold one advisory lock for
// their whole transaction, so two imports never interleave: the second waits for the first.

export type Outcome = "created" | "updated" | "unchanged";
/** `version` is the sheet's version after the row: the commit must reach the same one as the preview. */
export type RowOutcome = { row: number; code: string; title: string; outcome: Outcome; version: number };
type Written = RowOutcome & { practiceId: number; slug: string };

/** The import cannot go ahead; the message says why, for the user. */
export class ImportRejectedError extends Error {}

const IMPORT_LOCK_KEY = 4_242_001;
// Generous: 20,000 rows are written row by row, and a second import may be waiting for the lock.
const TRANSACTION = { timeout: 15 * 60_000, maxWait: 30_000 };

type Tx = Prisma.TransactionClient;

const outcomeOf = ({ row, code, title, outcome, version }: Written): RowOutcome => ({ row, code, title, outcome, version });

async function applyRows(tx: Tx, rows: ImportRow[], actor: SaveActor) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`;
  const outcomes: Written[] = [];
  const terms = await tx.term.findMany();
  for (const { row, draft } of rows) {
    const saved = await savePractice(tx, draft, actor, undefined, terms);
    if (saved.outcome === "conflict") {
      throw new ImportRejectedError(`Riga ${row}: la scheda ${draft.code} è stata modificata da un'altra persona durante l'importazione. Riprova.`);
    }
    outcomes.push({ row, code: draft.code, title: draft.title, outcome: saved.outcome, slug: saved.slug, version: saved.version, practiceId: saved.practiceId });
  }
  return outcomes;
}

class DryRunDone extends Error {
  constructor(readonly outcomes: RowOutcome[]) {
    super("dry run rolled back");
  }
}

/** What committing these rows would do now, without writing anything. */
export async function planImport(client: Db, rows: ImportRow[]): Promise<RowOutcome[]> {
  // savePractice creates, at version 1, any code it does not find: only rows matching an
  // existing sheet need their writes run and rolled back to tell "updated" from "unchanged".
  const known = new Set((await client.practice.findMany({ select: { code: true } })).map((practice) => practice.code));
  const matching = rows.filter((row) => known.has(row.draft.code));
  const planned = new Map((matching.length ? await rolledBack(client, matching) : []).map((outcome) => [outcome.row, outcome]));
  return rows.map(
    ({ row, draft }) => planned.get(row) ?? { row, code: draft.code, title: draft.title, outcome: "created", version: 1 },
  );
}

async function rolledBack(client: Db, rows: ImportRow[]) {
  try {
    await client.$transaction(async (tx) => {
      throw new DryRunDone((await applyRows(tx, rows, { userId: null, source: "IMPORT" })).map(outcomeOf));
    }, TRANSACTION);
  } catch (error) {
    if (error instanceof DryRunDone) return error.outcomes;
    throw error;
  }
  throw new Error("unreachable: the dry run always rolls back");
}

/**
 * Writes a previewed job's rows in one transaction, all or none, recorded as revisions of this
 * job. If any of its sheets changed since the preview, the job is refused (and marked failed)
 * rather than doing what the user did not see or overwriting someone else's newer edit.
 */
export async function commitImportJob(client: Db, jobId: number, userId: number | null) {
  const job = await client.importJob.findUnique({ where: { id: jobId } });
  if (!job) throw new ImportRejectedError("Importazione inesistente.");
  if (job.status === "COMMITTED") throw new ImportRejectedError("Questo file è già stato importato.");
  if (job.status !== "PREVIEW") throw new ImportRejectedError("Questa anteprima non si può importare: carica di nuovo il file corretto.");
  const rows = job.payload as unknown as ImportRow[];
  const preview = (job.summary as unknown as { rows: RowOutcome[] }).rows;

  let written: Written[];
  try {
    written = await client.$transaction(async (tx) => {
      const claimed = await tx.importJob.updateMany({ where: { id: jobId, status: "PREVIEW" }, data: { status: "COMMITTED", committedAt: new Date() } });
      if (claimed.count === 0) throw new ImportRejectedError("Questo file è già stato importato.");
      const outcomes = await applyRows(tx, rows, { userId, source: "IMPORT", importJobId: jobId });
      // Any write to these sheets since the preview shows up as another outcome or version.
      const changed = outcomes.find((outcome, index) => outcome.outcome !== preview[index]?.outcome || outcome.version !== preview[index]?.version);
      if (changed) throw new StalePreviewError(changed.row);
      // An illustrative entity (a real comune) that now has a real sheet is real too.
      const ids = outcomes.map((outcome) => outcome.practiceId);
      await tx.$executeRaw`UPDATE "Entity" SET "isSample" = false WHERE "isSample" AND "id" IN (SELECT "entityId" FROM "Practice" WHERE "id" = ANY(${ids}::int[]))`;
      return outcomes;
    }, TRANSACTION);
  } catch (error) {
    if (error instanceof StalePreviewError) {
      await client.importJob.update({ where: { id: jobId }, data: { status: "FAILED", summary: { ...(job.summary as object), failure: error.message } } });
      throw new ImportRejectedError(error.message);
    }
    throw error;
  }
  const changedSlugs = written.filter((outcome) => outcome.outcome !== "unchanged").map((outcome) => outcome.slug);
  if (changedSlugs.length) await refreshSearchWords(client);
  return { rows: written.map(outcomeOf), changedSlugs };
}

class StalePreviewError extends Error {
  constructor(row: number) {
    super(`Il catalogo è cambiato dopo l'anteprima (a partire dalla riga ${row}): nessuna scheda è stata scritta. Carica di nuovo il file per un'anteprima aggiornata.`);
  }
}
