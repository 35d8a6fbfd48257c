import { z } from "zod";
import { versionedJson } from "@/lib/stored-json";

// Submission.payload as stored: the sheet's fields as the form sent them once validated
// (input names of practice-fields.ts, or of the replication and follow-up forms), so the editor
// opens them exactly as typed.
export const proposalPayload = versionedJson({
  version: 1,
  schema: z.object({
    kind: z.enum(["NEW_PRACTICE", "REPLICATION", "FOLLOW_UP"]),
    values: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  }),
});
