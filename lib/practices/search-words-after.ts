import "server-only";
import { after } from "next/server";
import { db } from "@/lib/db";
import { refreshSearchWords } from "@/lib/practices/search-words";

/**
 * For server actions, once their transaction has committed: the typo dictionary is rebuilt after
 * the response has been sent, so the save returns without waiting for it.
 */
export function refreshSearchWordsAfterResponse() {
  after(() =>
    refreshSearchWords(db).catch((error: unknown) =>
      console.error("Dizionario delle parole di ricerca: ricostruzione non riuscita", error),
    ),
  );
}
