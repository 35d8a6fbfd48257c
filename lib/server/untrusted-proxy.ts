// Behind a reverse proxy without TRUST_PROXY=1 every request counts as coming from the proxy's
// address (lib/auth/client-address.ts), so the per-address limits (sign-in, public proposals) hold
// for all clients together, and nothing else says so. A request that carries
// X-Forwarded-For is the sign of such a proxy: the server warns once, in its log, what to set.
import type { IncomingMessage } from "node:http";

export const UNTRUSTED_PROXY_WARNING =
  "Attenzione: le richieste arrivano con X-Forwarded-For, ma TRUST_PROXY non è 1. Se il server è dietro un proxy inverso che aggiunge l'indirizzo del client, imposta TRUST_PROXY=1: fino ad allora ogni richiesta conta come arrivata dall'indirizzo del proxy, e i limiti per indirizzo (accessi, segnalazioni pubbliche) valgono per tutti i client insieme.";

/** A function for each worker: the warning the first time a forwarded request arrives untrusted, then null. */
export function untrustedProxyWarner(trustProxy: boolean) {
  let warned = trustProxy;
  return (req: Pick<IncomingMessage, "headers">): string | null => {
    if (warned || req.headers["x-forwarded-for"] === undefined) return null;
    warned = true;
    return UNTRUSTED_PROXY_WARNING;
  };
}
