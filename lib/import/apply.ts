import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportStatus } from "@/lib/generated/prisma/enums";
import {
  BatchConflictError,
  planRows,
  VocabularyChangedError,
  writeRows,
  type BatchOutcome,
} from "@/lib/import/apply-batch";
import { importPayloadJson, importSummaryJson } from "@/lib/import/job-json";
import { PREVIEW_ROWS } from "@/lib/import/limits";
import { entityNotes } from "@/lib/import/entity-notes";
import { reviewUpdates, type RowReview } from "@/lib/import/review";
import type { ImportRow } from "@/lib/import/validate-rows";
import { itemAt } from "@/lib/item-at";
import type { SaveActor } from "@/lib/practices/mutations";
import { codeKey } from "@/lib/practices/practice-code";
import type { Db } from "@/lib/prisma-client";

// Dry run and commit read and compare the rows the same way (lib/import/apply-batch.ts, the
// batch form of savePractice): the dry run stops before writing, so its preview is what the
// commit does on the same data. Both hold one advisory lock for their whole transaction, so two
// imports never interleave: the second waits for the first.

export type Outcome = "created" | "updated" | "unchanged";
/**
 * `version` is the sheet's version after the row: the commit must reach the same one as the
 * preview. An update carries its changes and flags (lib/import/review.ts); any row may carry
 * notes, what the import leaves out of it (entity-notes.ts), to read and not to confirm.
 */
export type RowOutcome = {
  row: number;
  code: string;
  title: string;
  outcome: Outcome;
  version: number;
  /** The pending draft the update sets aside (apply-batch.ts). */
  setAside?: number | null;
  notes?: string[];
} & Partial<RowReview>;
type Written = BatchOutcome;

/** The import cannot go ahead; the message says why, for the user. */
export class ImportRejectedError extends Error {}

const IMPORT_LOCK_KEY = 4_242_001;

// Generous: a second import may be waiting for the lock.
const TRANSACTION = { timeout: 15 * 60_000, maxWait: 30_000 };

type Tx = Prisma.TransactionClient;

const outcomeOf = ({ row, code, title, outcome, version }: Written): RowOutcome => ({
  row,
  code,
  title,
  outcome,
  version,
});

const lock = (tx: Tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`;

async function applyRows(tx: Tx, rows: ImportRow[], actor: SaveActor) {
  await lock(tx);
  try {
    return await writeRows(tx, rows, actor);
  } catch (error) {
    if (error instanceof BatchConflictError) {
      throw new ImportRejectedError(
        `Riga ${error.row}: la scheda ${error.code} è stata modificata da un'altra persona durante l'importazione. Riprova.`,
      );
    }
    if (error instanceof VocabularyChangedError) {
      throw new ImportRejectedError(
        `Riga ${error.row}: il valore «${error.value}» è stato tolto dal suo vocabolario dopo l'anteprima, e nessuna scheda è stata scritta. Carica di nuovo il file per un'anteprima aggiornata.`,
      );
    }
    throw error;
  }
}

/** What committing these rows would do now, without writing anything. */
export async function planImport(client: Db, rows: ImportRow[]): Promise<RowOutcome[]> {
  // A code not in the catalogue is created, at version 1: only rows matching an existing sheet
  // need comparing, under the lock, to tell "updated" from "unchanged".
  const known = new Set(
    (await client.practice.findMany({ select: { code: true } })).map((practice) => codeKey(practice.code)),
  );
  const matching = rows.filter((row) => known.has(codeKey(row.draft.code)));
  const planned = new Map(
    (matching.length
      ? await client.$transaction(async (tx) => {
          await lock(tx);
          const outcomes = await planRows(tx, matching);
          const reviews = await reviewUpdates(
            tx,
            outcomes.flatMap(({ update }, i) => (update ? [{ row: itemAt(matching, i), update }] : [])),
          );
          return outcomes.map(({ update: _, ...outcome }): RowOutcome => ({ ...outcome, ...reviews.get(outcome.row) }));
        }, TRANSACTION)
      : []
    ).map((outcome) => [outcome.row, outcome]),
  );
  const notes = await entityNotes(client, rows);
  // The job stores the changes the preview shows: those of flagged rows, and of the first rows
  // its table lists. For 10,000 updated sheets, all of them would be tens of megabytes of JSON.
  return rows.map(({ row, draft }, index) => {
    const outcome = planned.get(row) ?? {
      row,
      code: draft.code,
      title: draft.title,
      outcome: "created",
      version: 1,
      setAside: null,
    };
    if (index >= PREVIEW_ROWS && !outcome.flags?.length) delete outcome.changes;
    const rowNotes = notes.get(row);
    return rowNotes ? { ...outcome, notes: rowNotes } : outcome;
  });
}

/** The rows of a preview that are written only once the editor ticked them. */
export const flaggedRows = (rows: RowOutcome[]) => rows.filter((row) => row.flags?.length);

/** Flagged rows were not ticked: nothing written, the preview stays ready to confirm. */
export class UnconfirmedRowsError extends ImportRejectedError {}

export function unconfirmedMessage(rows: RowOutcome[]) {
  const list = rows.slice(0, 20).map((row) => `${row.row} (${row.code})`);
  return `Nessuna scheda è stata scritta: ${rows.length === 1 ? "la riga segnalata" : `${rows.length} righe segnalate`} ${list.join(", ")}${rows.length > 20 ? "…" : ""} ${rows.length === 1 ? "va confermata" : "vanno confermate"} spuntando «Ho controllato» prima di importare.`;
}

/**
 * Writes a previewed job's rows in one transaction, all or none, recorded as revisions of this
 * job. If any of its sheets changed since the preview, the job is refused (and marked failed)
 * rather than doing what the user did not see or overwriting someone else's newer edit. Flagged
 * rows (values cleared, status changed, sheet edited after the file was made) must be among
 * `confirmedRows`, else nothing is written (checked here, whatever the form sent).
 * When `changedSlugs` is not empty the caller rebuilds the typo dictionary (refreshSearchWords),
 * after the response in the admin area, before exiting from the command line.
 */
export async function commitImportJob(
  client: Db,
  jobId: number,
  userId: number | null,
  confirmedRows: readonly number[] = [],
) {
  // As text, parsed here: a job of 10,000 rows holds megabytes of JSON.
  const [stored] = await client.$queryRaw<
    { status: ImportStatus; fileName: string; summary: string; payload: string }[]
  >`
    SELECT "status"::text AS "status", "fileName", "summary"::text AS "summary", "payload"::text AS "payload" FROM "ImportJob" WHERE "id" = ${jobId}`;
  if (!stored) throw new ImportRejectedError("Importazione inesistente.");
  if (stored.status === "COMMITTED") throw new ImportRejectedError("Questo file è già stato importato.");
  if (stored.status !== "PREVIEW")
    throw new ImportRejectedError("Questa anteprima non si può importare: carica di nuovo il file corretto.");
  const summary = importSummaryJson.read(JSON.parse(stored.summary), `ImportJob ${jobId}, summary`);
  const { rows } = importPayloadJson.read(JSON.parse(stored.payload), `ImportJob ${jobId}, payload`);
  const preview = summary.rows;
  const confirmed = new Set(confirmedRows);
  const unconfirmed = flaggedRows(preview).filter((row) => !confirmed.has(row.row));
  if (unconfirmed.length) throw new UnconfirmedRowsError(unconfirmedMessage(unconfirmed));

  let written: Written[];
  try {
    written = await client.$transaction(async (tx) => {
      const claimed = await tx.importJob.updateMany({
        where: { id: jobId, status: "PREVIEW" },
        data: { status: "COMMITTED", committedAt: new Date() },
      });
      if (claimed.count === 0) throw new ImportRejectedError("Questo file è già stato importato.");
      const outcomes = await applyRows(tx, rows, { userId, source: "IMPORT", importJobId: jobId });
      // Any write to these sheets since the preview shows up as another outcome or version, or
      // (a pending draft published meanwhile, which keeps the version) another draft set aside.
      const changed = outcomes.find(
        (outcome, index) =>
          outcome.outcome !== preview[index]?.outcome ||
          outcome.version !== preview[index]?.version ||
          outcome.setAside !== (preview[index]?.setAside ?? null),
      );
      if (changed) throw new StalePreviewError(changed.row);
      const count = (outcome: Outcome) => outcomes.filter((o) => o.outcome === outcome).length;
      await recordAudit(tx, {
        actorId: userId,
        action: "import.commit",
        target: { type: "import", id: jobId, label: stored.fileName },
        changes: { counts: { create: count("created"), update: count("updated"), unchanged: count("unchanged") } },
        practiceIds: outcomes.filter((o) => o.outcome !== "unchanged").map((o) => o.practiceId),
      });
      return outcomes;
    }, TRANSACTION);
  } catch (error) {
    if (error instanceof StalePreviewError) {
      await client.importJob.update({
        where: { id: jobId },
        data: { status: "FAILED", summary: importSummaryJson.write({ ...summary, failure: error.message }) },
      });
      throw new ImportRejectedError(error.message);
    }
    throw error;
  }
  const changedSlugs = written.filter((outcome) => outcome.outcome !== "unchanged").map((outcome) => outcome.slug);
  return { rows: written.map(outcomeOf), changedSlugs };
}

class StalePreviewError extends Error {
  constructor(row: number) {
    super(
      `Il catalogo è cambiato dopo l'anteprima (a partire dalla riga ${row}): nessuna scheda è stata scritta. Carica di nuovo il file per un'anteprima aggiornata.`,
    );
  }
}
