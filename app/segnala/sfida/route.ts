import { connection } from "next/server";
import { db } from "@/lib/db";
import { createProposalChallenge } from "@/lib/submissions/challenge";

// A fresh proof-of-work challenge for the proposal form's widget (never cached).
export async function GET() {
  await connection();
  const challenge = await createProposalChallenge(db);
  return Response.json(challenge, { headers: { "Cache-Control": "no-store" } });
}
