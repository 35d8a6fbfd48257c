import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import type { Db } from "@/lib/prisma-client";
import { CHALLENGE_TTL_MS } from "@/lib/submissions/limits";
import { siteSecret } from "@/lib/submissions/site-secret";

// The self-hosted proof-of-work (ALTCHA): the browser spends a second or two of CPU before
// sending, which costs a person nothing and a program sending thousands a great deal. No
// third-party service sees the visitor. Without JavaScript there is no solution: the
// submission is accepted but flagged for closer review (lib/submissions/submit.ts).

const ALGORITHM = "SHA-256";
const COST = 1;

async function secrets(client: Db) {
  return {
    hmacSignatureSecret: await siteSecret(client, "altcha-signature"),
    hmacKeySignatureSecret: await siteSecret(client, "altcha-key-signature"),
  };
}

export async function createProposalChallenge(client: Db, now = Date.now()) {
  return createChallenge({
    algorithm: ALGORITHM,
    cost: COST,
    counter: randomInt(20_000, 120_000),
    deriveKey,
    expiresAt: new Date(now + CHALLENGE_TTL_MS),
    ...(await secrets(client)),
  });
}

export type ChallengeCheck = { outcome: "solved"; id: string } | { outcome: "absent" } | { outcome: "refused" };

/** The widget's field (base64 JSON of challenge and solution), verified against our own signature. */
export async function checkChallenge(client: Db, field: unknown): Promise<ChallengeCheck> {
  if (field === null || field === undefined || field === "") return { outcome: "absent" };
  if (typeof field !== "string" || field.length > 10_000) return { outcome: "refused" };
  let payload: { challenge?: Challenge; solution?: Solution };
  try {
    payload = JSON.parse(Buffer.from(field, "base64").toString("utf8"));
  } catch {
    return { outcome: "refused" };
  }
  if (!payload?.challenge?.parameters || !payload.solution) return { outcome: "refused" };
  try {
    const result = await verifySolution({
      challenge: payload.challenge,
      solution: payload.solution,
      deriveKey,
      ...(await secrets(client)),
    });
    return result.verified
      ? { outcome: "solved", id: String(payload.challenge.parameters.nonce) }
      : { outcome: "refused" };
  } catch {
    return { outcome: "refused" };
  }
}
