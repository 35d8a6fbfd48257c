import "server-only";
import { db } from "@/lib/db";
import { touchPresence } from "@/lib/presence/presence";

/** The edit page, rendered: counts as a heartbeat, and says who else has the sheet open. */
export function openEditPage(practiceId: number, userId: number) {
  return touchPresence(db, practiceId, userId);
}
