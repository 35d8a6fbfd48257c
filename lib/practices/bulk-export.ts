import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { practicesCsv } from "@/lib/open-data/csv";
import { practiceRecord } from "@/lib/open-data/record";
import { getReplicationSummaries } from "@/lib/open-collection/queries";

/** The selected sheets as CSV (open-data columns, any status); the export is recorded. */
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
  return practicesCsv(
    sheets.map((sheet) => practiceRecord(sheet, siteUrl(), summaries)),
    "punto-e-virgola",
  );
}
