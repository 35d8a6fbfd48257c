import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { practicesCsv } from "@/lib/open-data/csv";
import { practiceRecord } from "@/lib/open-data/record";
import { getReplicationSummaries } from "@/lib/open-collection/queries";
import { slugOf, STATUSES } from "@/lib/practices/enum-labels";

/**
 * The selected sheets as CSV (open-data columns, any status, each with its own in «stato», so a
 * re-import changes no status); the export is recorded.
 */
export async function exportSelection(ids: number[], actorId: number) {
  const sheets = await db.practice.findMany({
    where: { id: { in: ids } },
    include: { entity: { include: { region: true } }, terms: { include: { term: true } } },
    orderBy: { code: "asc" },
  });
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId,
      action: "practice.export",
      target: { type: "practice", label: `${sheets.length} schede esportate in CSV` },
      changes: { counts: { esportate: sheets.length } },
      practiceIds: sheets.map((sheet) => sheet.id),
    }),
  );
  const summaries = await getReplicationSummaries(sheets.map((sheet) => sheet.id));
  const statusByCode = new Map(sheets.map((sheet) => [sheet.code, slugOf(STATUSES, sheet.status)]));
  return practicesCsv(
    sheets.map((sheet) => practiceRecord(sheet, siteUrl(), summaries)),
    "punto-e-virgola",
    (record) => statusByCode.get(record.codice) ?? "pubblicata",
  );
}
