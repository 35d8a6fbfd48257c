import { env } from "@/lib/env";
import { pruneIfFirst } from "@/lib/housekeeping";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

// Started once per server process by instrumentation.ts: a first round a minute after start,
// then hourly. Every process of every instance runs the timer; an advisory lock lets one of
// them prune at a time. The timer never keeps a stopping process alive.

const FIRST_RUN_MS = 60_000;
const EVERY_MS = 60 * 60 * 1000;

const globalForHousekeeping = globalThis as unknown as { housekeeping?: { timer: NodeJS.Timeout; db?: Db } };

export function startHousekeeping() {
  if (globalForHousekeeping.housekeeping) return;
  const state: { timer: NodeJS.Timeout; db?: Db } = { timer: setTimeout(run, FIRST_RUN_MS) };
  state.timer.unref();
  globalForHousekeeping.housekeeping = state;

  async function run() {
    try {
      state.db ??= createPrismaClient(env().DATABASE_URL, 1);
      const removed = await pruneIfFirst(state.db);
      if (
        removed &&
        removed.sessions + removed.loginAttempts + removed.importJobs + removed.accountTokens + removed.submitters > 0
      ) {
        console.log(
          `Pulizia: ${removed.sessions} sessioni scadute, ${removed.loginAttempts} tentativi di accesso, ${removed.importJobs} importazioni non confermate, ${removed.accountTokens} link scaduti rimossi; dati personali di ${removed.submitters} segnalazioni cancellati.`,
        );
      }
    } catch (error) {
      console.error("Pulizia periodica non riuscita:", error instanceof Error ? error.message : error);
    } finally {
      state.timer = setTimeout(run, EVERY_MS);
      state.timer.unref();
    }
  }
}
