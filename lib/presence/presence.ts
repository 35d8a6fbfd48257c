import type { Db } from "@/lib/prisma-client";

// Who else has a sheet's edit page open: each open page sends a heartbeat (HEARTBEAT_MS), and
// anyone seen within RECENT_MS counts. Soft by design: it informs, never locks. Stored in the
// database so it works across server processes and instances.

export const HEARTBEAT_MS = 30_000;
export const RECENT_MS = 2 * 60_000;

/** Records that `userId` has the sheet open now, and returns who else did in the last RECENT_MS. */
export async function touchPresence(client: Db, practiceId: number, userId: number, now = new Date()) {
  await client.$executeRaw`
    INSERT INTO "EditPresence" ("practiceId", "userId", "seenAt") VALUES (${practiceId}, ${userId}, ${now})
    ON CONFLICT ("practiceId", "userId") DO UPDATE SET "seenAt" = EXCLUDED."seenAt"`;
  return othersEditing(client, practiceId, userId, now);
}

export async function othersEditing(client: Db, practiceId: number, userId: number, now = new Date()) {
  const rows = await client.editPresence.findMany({
    where: { practiceId, userId: { not: userId }, seenAt: { gt: new Date(now.getTime() - RECENT_MS) } },
    select: { user: { select: { name: true } } },
    orderBy: { seenAt: "desc" },
  });
  return rows.map((row) => row.user.name);
}
