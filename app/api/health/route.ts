import { connection } from "next/server";
import { checkHealth } from "@/lib/health";

// For load balancers and monitoring: 200 when the database answers, 503 otherwise.
export async function GET() {
  await connection();
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
