import pg from "pg";
import { env } from "@/lib/env";

// Whether the database answers, as the proxy sees it. One probe on its own short-lived
// connection (never the app's pool, whose broken connections would only add noise), remembered
// for a moment so that a busy site probes about once a second, not once a request. While the
// database is down pages answer a quick 503; when it returns, the next probe lets them through.
// A probe that is refused (no server there, or one starting or stopping) is proof at once; one that
// only ran out of time is not — on a loaded machine a healthy server can take longer than that to
// start a connection — so that takes a second failure in a row, probed on the next request.

const UP_TTL_MS = 2_000;
const DOWN_TTL_MS = 1_000;
const PROBE_TIMEOUT_MS = 1_500;
/** Errors that say the server is not there to answer, whatever the load (node's and PostgreSQL's codes). */
const REFUSED = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ECONNRESET", "57P01", "57P03", "3D000"]);

type Probe = "up" | "refused" | "failed";
type GateState = { up: boolean; checkedAt: number; failures: number; probing?: Promise<boolean> };
const globalForGate = globalThis as unknown as { databaseGate?: GateState };

async function probe(): Promise<Probe> {
  const client = new pg.Client({
    connectionString: env().DATABASE_URL,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return "up";
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && REFUSED.has(code) ? "refused" : "failed";
  } finally {
    client.end().catch(() => {});
  }
}

/** True when the database answered a probe within the last moment; never waits longer than the probe's timeout. */
export async function databaseAvailable(): Promise<boolean> {
  const state = (globalForGate.databaseGate ??= { up: true, checkedAt: 0, failures: 0 });
  if (Date.now() - state.checkedAt < (state.up ? UP_TTL_MS : DOWN_TTL_MS)) return state.up;
  state.probing ??= probe().then((result) => {
    const wasUp = state.up;
    const failures = result === "up" ? 0 : state.failures + 1;
    const up = result === "up" || (result === "failed" && failures < 2 && wasUp);
    // An unconfirmed failure is not remembered: the next request probes again.
    const checkedAt = up && failures > 0 ? 0 : Date.now();
    Object.assign(state, { up, checkedAt, failures, probing: undefined });
    if (wasUp !== up)
      console.error(
        up ? "[database] di nuovo raggiungibile" : "[database] non raggiungibile: le pagine rispondono 503",
      );
    return up;
  });
  return state.probing;
}

const UNAVAILABLE_PAGE = `<!doctype html><html lang="it"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Servizio momentaneamente non disponibile</title>
<body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5">
<h1>Servizio momentaneamente non disponibile</h1>
<p>Il catalogo delle pratiche non è raggiungibile in questo momento. Riprova tra qualche minuto.</p>
<p><a href="/">Torna alla pagina iniziale</a></p></body></html>`;

/** The friendly 503 shown while the database is down: HTML for pages, JSON for the API. */
export function unavailableResponse(pathname: string) {
  const headers = { "Retry-After": "30", "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/")) {
    return Response.json(
      { errore: "Servizio momentaneamente non disponibile: riprova tra qualche minuto." },
      { status: 503, headers },
    );
  }
  return new Response(UNAVAILABLE_PAGE, {
    status: 503,
    headers: { ...headers, "content-type": "text/html; charset=utf-8" },
  });
}
