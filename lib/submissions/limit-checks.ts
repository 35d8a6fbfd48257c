import { Prisma } from "@/lib/generated/prisma/client";
import { entityNameKey } from "@/lib/practices/mutations";
import { LIMIT_WINDOWS, SUBMISSION_LIMITS, type LimitScope } from "@/lib/submissions/limits";

type Tx = Prisma.TransactionClient;

export type LimitedSubmission = {
  entity: { name: string; istatCode: string | null; regionId: number };
  clientAddress: string | null;
  /** Sent without a solved proof-of-work. */
  flagged: boolean;
};

/**
 * The first limit (lib/submissions/limits.ts) this submission would pass, or null. Run inside the
 * submission's transaction, under its advisory lock. Without a client address (no production
 * server in front, as under `next dev`) the address limits do not apply, and each such
 * submission counts as a sender of its own.
 */
export async function exceededLimit(tx: Tx, input: LimitedSubmission, now: Date): Promise<LimitScope | null> {
  const since = (scope: LimitScope) => new Date(now.getTime() - LIMIT_WINDOWS[scope]);
  const { clientAddress: address, entity, flagged } = input;

  if (address) {
    const [fromAddress, flaggedFromAddress] = await Promise.all([
      tx.submission.count({ where: { clientAddress: address, createdAt: { gte: since("address") } } }),
      flagged
        ? tx.submission.count({
            where: { clientAddress: address, flagged: true, createdAt: { gte: since("flaggedAddress") } },
          })
        : 0,
    ]);
    if (fromAddress >= SUBMISSION_LIMITS.perAddressPerHour) return "address";
    if (flaggedFromAddress >= SUBMISSION_LIMITS.flaggedPerAddressPerHour) return "flaggedAddress";
    const [fromNetwork] = await tx.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "Submission"
      WHERE "createdAt" >= ${since("network")} AND client_network("clientAddress") = client_network(${address}::text)`;
    if ((fromNetwork?.count ?? 0) >= SUBMISSION_LIMITS.perNetworkPerHour) return "network";
  }

  // About the entity: this address's own submissions, and from how many other networks one was
  // sent with the proof-of-work. Flagged ones, and repeats from one network, add no sender.
  const [ownSince, othersSince] = [since("addressEntity"), since("entity")];
  const [aboutEntity] = await tx.$queryRaw<{ own: number; others: number }[]>`
    SELECT
      count(*) FILTER (WHERE "clientAddress" = ${address}::text AND "createdAt" >= ${ownSince})::int AS own,
      count(DISTINCT coalesce(client_network("clientAddress"), 'submission:' || "id")) FILTER (
        WHERE NOT "flagged" AND "createdAt" >= ${othersSince}
          AND (${address}::text IS NULL
            OR client_network("clientAddress") IS DISTINCT FROM client_network(${address}::text))
      )::int AS others
    FROM "Submission"
    WHERE "createdAt" >= ${ownSince < othersSince ? ownSince : othersSince}
      AND (${entity.istatCode}::text IS NOT NULL AND "entityIstatCode" = ${entity.istatCode}
        OR "regionId" = ${entity.regionId} AND ${entityNameKey(Prisma.sql`"entityName"`)} = ${entityNameKey(Prisma.sql`${entity.name}`)})`;
  if ((aboutEntity?.own ?? 0) >= SUBMISSION_LIMITS.perAddressPerEntityPerDay) return "addressEntity";
  if ((aboutEntity?.others ?? 0) >= SUBMISSION_LIMITS.sendersPerEntityPerDay) return "entity";

  const pending = await tx.submission.count({
    where: {
      status: { in: ["RECEIVED", "IN_REVIEW"] },
      flagged,
      createdAt: { gte: since(flagged ? "flaggedPending" : "pending") },
    },
  });
  const budget = flagged ? SUBMISSION_LIMITS.flaggedPendingPerHour : SUBMISSION_LIMITS.pendingPerHour;
  if (pending >= budget) return flagged ? "flaggedPending" : "pending";
  return null;
}
