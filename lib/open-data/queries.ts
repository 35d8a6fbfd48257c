import { db } from "@/lib/db";

/** The last time a published sheet changed: the dataset's modification date. */
export async function getLatestUpdate(): Promise<Date | null> {
  const latest = await db.practice.aggregate({ where: { status: "PUBLISHED" }, _max: { updatedAt: true } });
  return latest._max.updatedAt;
}
