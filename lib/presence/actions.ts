"use server";

import { z } from "zod";
import { adminAction } from "@/lib/auth/admin-action";
import { db } from "@/lib/db";
import { touchPresence } from "@/lib/presence/presence";

const practiceId = z.number().int().positive().max(2_147_483_647);

/** The edit page's heartbeat: returns the names of the others who have the sheet open. */
export const presenceHeartbeatAction = adminAction(
  "EDITOR",
  async (user, id: unknown): Promise<string[]> => {
    const parsed = practiceId.safeParse(id);
    if (!parsed.success) return [];
    // A sheet deleted meanwhile: nothing to report (the foreign key refuses the row).
    return touchPresence(db, parsed.data, user.id).catch(() => []);
  },
  { form: false },
);
