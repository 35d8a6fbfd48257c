// Behind a reverse proxy without TRUST_PROXY=1 every per-address limit is off (sign-in, public
// proposals: lib/auth/session.ts clientAddress) and nothing else says so. A request that carries
// X-Forwarded-For is the sign of such a proxy: the server warns once, in its log, what to set.
import type { IncomingMessage } from "node:http";

export const UNTRUSTED_PROXY_WARNING =
  "Attenzione: le richieste arrivano con X-Forwarded-For, ma TRUST_PROXY non è 1. Se il server è dietro un proxy inverso che aggiunge l'indirizzo del client, imposta TRUST_PROXY=1: fino ad allora i limiti per indirizzo (accessi, segnalazioni pubbliche) sono spenti.";

/** A function for each worker: the warning the first time a forwarded request arrives untrusted, then null. */
export function untrustedProxyWarner(trustProxy: boolean) {
  let warned = trustProxy;
  return (req: Pick<IncomingMessage, "headers">): string | null => {
    if (warned || req.headers["x-forwarded-for"] === undefined) return null;
    warned = true;
    return UNTRUSTED_PROXY_WARNING;
  };
}
