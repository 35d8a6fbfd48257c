import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/auth/session-store";
import type { AccountTokenKind, Role } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/prisma-client";

// Single-use links (invitations, password resets): 256 random bits in the link, only their
// SHA-256 in the database, so a copy of the database opens nothing.

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const PASSWORD_RESET_TTL_MS = 30 * 60 * 1000;

type Client = Db | Prisma.TransactionClient;

export async function createAccountToken(
  client: Client,
  data: { kind: AccountTokenKind; email: string; role?: Role; userId?: number; createdById?: number; ttlMs: number },
  now = new Date(),
) {
  const token = randomBytes(32).toString("base64url");
  const { ttlMs, ...fields } = data;
  const expiresAt = new Date(now.getTime() + ttlMs);
  await client.accountToken.create({ data: { ...fields, id: hashToken(token), expiresAt, createdAt: now } });
  return { token, expiresAt };
}

/** The link was used already, expired, or never existed: the same answer for all three. */
export class InvalidLinkError extends Error {
  constructor(message = "Il link non è più valido: è già stato usato oppure è scaduto.") {
    super(message);
  }
}

export const REVOKED_INVITATION = "Questo invito è stato revocato da un amministratore: il link non è più valido.";

// Anything but the 43 base64url characters we make is refused before any lookup.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The token's row while it can still be used (not used, not expired), with its account. */
export async function findUsableToken(client: Client, token: string, kind: AccountTokenKind, now = new Date()) {
  if (!TOKEN_SHAPE.test(token)) return null;
  const row = await client.accountToken.findUnique({
    where: { id: hashToken(token) },
    include: { user: { select: { id: true, email: true, name: true, active: true } } },
  });
  if (!row || row.kind !== kind || row.usedAt || row.revokedAt || row.expiresAt <= now) return null;
  return row;
}

/** Marks the token used, atomically: of two uses at once, exactly one gets true. */
export async function consumeToken(
  tx: Prisma.TransactionClient,
  token: string,
  kind: AccountTokenKind,
  now = new Date(),
) {
  if (!TOKEN_SHAPE.test(token)) return false;
  const { count } = await tx.accountToken.updateMany({
    where: { id: hashToken(token), kind, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}

/** True when the link is a well-formed token of this kind that an administrator revoked. */
export async function isRevokedToken(client: Client, token: string, kind: AccountTokenKind) {
  if (!TOKEN_SHAPE.test(token)) return false;
  const row = await client.accountToken.findUnique({
    where: { id: hashToken(token) },
    select: { kind: true, revokedAt: true },
  });
  return row?.kind === kind && row.revokedAt !== null;
}
