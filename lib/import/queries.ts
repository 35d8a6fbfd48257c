import { z } from "zod";
import { db } from "@/lib/db";
import type { ImportStatus } from "@/lib/generated/prisma/enums";
import type { ImportSummary } from "@/lib/import/analyse";
import { importSummaryJson } from "@/lib/import/job-json";

// Reads for the import pages (admin only, never cached).

export async function getImportJob(id: number) {
  const job = await db.importJob.findUnique({
    where: { id },
    select: {
      id: true,
      fileName: true,
      format: true,
      status: true,
      rowCount: true,
      summary: true,
      createdAt: true,
      committedAt: true,
      user: { select: { name: true } },
    },
  });
  if (!job) return null;
  const summary = importSummaryJson.read(job.summary, `ImportJob ${job.id}, summary`);
  // Jobs stored before problems were capped kept them all, and no count.
  return { ...job, summary, problemCount: summary.problemCount ?? summary.problems.length };
}

type RecentImport = {
  id: number;
  fileName: string;
  status: ImportStatus;
  rowCount: number;
  createdAt: Date;
  userName: string | null;
  /** Null when the stored summary cannot be read: the list still shows the job. */
  counts: ImportSummary["counts"] | null;
  problemCount: number;
};

/** The latest jobs with their counts only: a summary can list thousands of rows. */
export async function listRecentImports(take = 10): Promise<RecentImport[]> {
  const jobs = await db.$queryRaw<(RecentImport & { counts: unknown })[]>`
    SELECT j."id", j."fileName", j."status", j."rowCount", j."createdAt", u."name" AS "userName",
           j."summary"->'counts' AS "counts", coalesce((j."summary"->>'problemCount')::int, jsonb_array_length(j."summary"->'problems'))::int AS "problemCount"
    FROM "ImportJob" j LEFT JOIN "User" u ON u."id" = j."userId"
    ORDER BY j."id" DESC LIMIT ${take}`;
  return jobs.map((job) => ({ ...job, counts: STORED_COUNTS.safeParse(job.counts).data ?? null }));
}

const STORED_COUNTS = z.object({
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  unchanged: z.number().int().min(0),
});

export async function countSheetsByOrigin() {
  const [samples, realPublished] = await Promise.all([
    db.practice.count({ where: { isSample: true } }),
    db.practice.count({ where: { isSample: false, status: "PUBLISHED" } }),
  ]);
  return { samples, realPublished };
}
