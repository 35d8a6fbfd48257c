import { backgroundDb } from "@/lib/background-db";
import { pruneIfFirst } from "@/lib/housekeeping";

// Started once per server process by instrumentation.ts: a first round a minute after start,
// then hourly. Every process of every instance runs the timer; an advisory lock lets one of
// them prune at a time. The timer never keeps a stopping process alive.

const FIRST_RUN_MS = 60_000;
const EVERY_MS = 60 * 60 * 1000;

const globalForHousekeeping = globalThis as unknown as { housekeeping?: { timer: NodeJS.Timeout } };

export function startHousekeeping() {
  if (globalForHousekeeping.housekeeping) return;
  const state: { timer: NodeJS.Timeout } = { timer: setTimeout(run, FIRST_RUN_MS) };
  state.timer.unref();
  globalForHousekeeping.housekeeping = state;

  async function run() {
    try {
      const removed = await pruneIfFirst(backgroundDb());
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
