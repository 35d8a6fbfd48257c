import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { FORM_REPLY_TTL_MS, keepFormReply, readFormReply } from "@/lib/forms/form-replies";
import { pruneExpired } from "@/lib/housekeeping";

// The state of a form refused without JavaScript, kept for the page the browser is redirected to
// (Post/Redirect/Get): read back by its form only, for an hour, then deleted by the housekeeping.

const state = {
  values: { titolo: "Una prova", aree_utenza: ["anziani"] },
  errors: { titolo: ["Titolo: troppo corto."] },
};

describe("form replies", () => {
  it("reads back what was kept, only for the form that kept it and only with its id", async () => {
    const id = await keepFormReply(db, "proposta", state);
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await readFormReply(db, "proposta", id)).toEqual(state);
    expect(await readFormReply(db, "replica", id)).toBeNull();
    expect(
      await readFormReply(
        db,
        "proposta",
        id.replace(/.$/, (c) => (c === "A" ? "B" : "A")),
      ),
    ).toBeNull();
    expect(await readFormReply(db, "proposta", "non-un-id")).toBeNull();
    expect(await readFormReply(db, "proposta", ["array"])).toBeNull();
    // The id is not stored as such: the table holds its hash.
    expect(await db.formReply.count({ where: { idHash: id } })).toBe(0);
  });

  it("expires after an hour and is then deleted by the housekeeping", async () => {
    const kept = new Date(Date.now() - 2 * FORM_REPLY_TTL_MS);
    const id = await keepFormReply(db, "proposta", state, kept);
    expect(await readFormReply(db, "proposta", id, new Date(kept.getTime() + FORM_REPLY_TTL_MS - 1_000))).toEqual(
      state,
    );
    expect(await readFormReply(db, "proposta", id)).toBeNull();
    const fresh = await keepFormReply(db, "proposta", state);
    const removed = await pruneExpired(db);
    expect(removed.formReplies).toBeGreaterThanOrEqual(1);
    expect(await readFormReply(db, "proposta", fresh)).toEqual(state);
    expect(await readFormReply(db, "proposta", id, kept)).toBeNull();
  });
});
