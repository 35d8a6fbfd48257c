import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  FORM_REPLY_TTL_MS,
  KEPT_REPLIES_PER_ADDRESS,
  KEPT_REPLIES_PER_TTL,
  KEPT_VALUE_CHARS,
  keepFormReply,
  readFormReply,
} from "@/lib/forms/form-replies";
import { pruneExpired } from "@/lib/housekeeping";

// The state of a form refused without JavaScript, kept for the page the browser is redirected to
// (Post/Redirect/Get): read back by its form only, for an hour, then deleted by the housekeeping.

const state = {
  values: { titolo: "Una prova", aree_utenza: ["anziani"] },
  errors: { titolo: ["Titolo: troppo corto."] },
};
const sender = { clientAddress: "203.0.113.7" };

describe("form replies", () => {
  it("reads back what was kept, only for the form that kept it and only with its id", async () => {
    const id = await keepFormReply(db, "proposta", state, sender);
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await readFormReply(db, "proposta", id)).toEqual(state);
    expect(await readFormReply(db, "replica", id)).toBeNull();
    expect(
      await readFormReply(
        db,
        "proposta",
        id!.replace(/.$/, (c) => (c === "A" ? "B" : "A")),
      ),
    ).toBeNull();
    expect(await readFormReply(db, "proposta", "non-un-id")).toBeNull();
    expect(await readFormReply(db, "proposta", ["array"])).toBeNull();
    // The id is not stored as such: the table holds its hash.
    expect(await db.formReply.count({ where: { idHash: id! } })).toBe(0);
  });

  it("expires after an hour and is then deleted by the housekeeping", async () => {
    const kept = new Date(Date.now() - 2 * FORM_REPLY_TTL_MS);
    const id = await keepFormReply(db, "proposta", state, { ...sender, now: kept });
    expect(await readFormReply(db, "proposta", id, new Date(kept.getTime() + FORM_REPLY_TTL_MS - 1_000))).toEqual(
      state,
    );
    expect(await readFormReply(db, "proposta", id)).toBeNull();
    const fresh = await keepFormReply(db, "proposta", state, sender);
    const removed = await pruneExpired(db);
    expect(removed.formReplies).toBeGreaterThanOrEqual(1);
    expect(await readFormReply(db, "proposta", fresh)).toEqual(state);
    expect(await readFormReply(db, "proposta", id, kept)).toBeNull();
  });

  it("keeps at most KEPT_VALUE_CHARS of a field, and no values at all of an oversized send", async () => {
    const long = "x".repeat(KEPT_VALUE_CHARS + 500);
    const cut = await keepFormReply(db, "proposta", { ...state, values: { descrizione: long } }, sender);
    const read = await readFormReply<typeof state>(db, "proposta", cut);
    expect(read?.values).toEqual({ descrizione: "x".repeat(KEPT_VALUE_CHARS) });
    expect(read?.errors).toEqual(state.errors);

    const flood = Object.fromEntries(Array.from({ length: 40 }, (_, n) => [`campo_${n}`, long]));
    const oversized = await keepFormReply(db, "proposta", { ...state, values: flood }, sender);
    expect(await readFormReply(db, "proposta", oversized)).toEqual({ ...state, values: {} });
  });

  it("keeps nothing once the hour's replies are all taken", async () => {
    // Far in the future, so the rows made here never count for the other tests' present.
    const now = new Date("2100-01-01T12:00:00Z");
    const createdAt = new Date(now.getTime() - 60_000);
    await db.formReply.createMany({
      data: Array.from({ length: KEPT_REPLIES_PER_TTL }, (_, n) => ({
        idHash: `pieno-${n}-${createdAt.getTime()}`,
        form: "proposta",
        state: {},
        createdAt,
      })),
    });
    try {
      expect(await keepFormReply(db, "proposta", state, { clientAddress: "198.51.100.1", now })).toBeNull();
      const later = new Date(now.getTime() + FORM_REPLY_TTL_MS);
      expect(await keepFormReply(db, "proposta", state, { clientAddress: "198.51.100.1", now: later })).not.toBeNull();
    } finally {
      await db.formReply.deleteMany({ where: { createdAt: { gte: createdAt } } });
    }
  });

  it("keeps at most KEPT_REPLIES_PER_ADDRESS an hour from one address, so one sender cannot take everyone's", async () => {
    const now = new Date("2101-01-01T12:00:00Z");
    const flooder = { clientAddress: "2001:db8:1:2::/64", now };
    const kept = [];
    for (let n = 0; n < KEPT_REPLIES_PER_ADDRESS; n++) kept.push(await keepFormReply(db, "proposta", state, flooder));
    try {
      expect(kept.every((id) => id !== null)).toBe(true);
      expect(await keepFormReply(db, "proposta", state, flooder)).toBeNull();
      const other = await keepFormReply(db, "replica", state, { clientAddress: "192.0.2.44", now });
      expect(await readFormReply(db, "replica", other, now)).toEqual(state);
      const nextHour = new Date(now.getTime() + FORM_REPLY_TTL_MS);
      expect(await keepFormReply(db, "proposta", state, { ...flooder, now: nextHour })).not.toBeNull();
    } finally {
      await db.formReply.deleteMany({ where: { createdAt: { gte: now } } });
    }
  });
});
