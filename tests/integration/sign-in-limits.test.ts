import { afterAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { deviceSource, FREE_FAILURES, finishAttempt, reserveAttempt } from "@/lib/auth/rate-limit";
import { checkPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";

// Real Postgres, real scrypt: the limits as several processes would meet them (each attempt
// is its own transaction on its own pooled connection).

afterAll(async () => {
  await db.$disconnect();
});

const PASSWORD = "una frase lunga per le prove dei limiti";
let serial = 0;
async function account() {
  const email = `limiti-${Date.now()}-${++serial}@test.local`;
  await db.user.create({
    data: { email, name: `Limiti ${serial}`, role: "EDITOR", passwordHash: await hashPassword(PASSWORD) },
  });
  return email;
}

const address = () => `198.51.100.${(++serial % 250) + 1}`;

describe("sign-in limits", () => {
  it("counts simultaneous attempts one by one: forty at once do not all get checked", async () => {
    const email = await account();
    const ip = address();
    const wrong = Array.from({ length: 39 }, (_, i) => checkPassword(db, email, `sbagliata-${i}`, ip));
    // The right password arrives while the wrong ones are still being hashed.
    await expect
      .poll(() => db.loginAttempt.count({ where: { email } }), { timeout: 15_000, interval: 20 })
      .toBeGreaterThanOrEqual(FREE_FAILURES.pair);
    const right = await checkPassword(db, email, PASSWORD, ip);
    const results = await Promise.all(wrong);

    expect(right.outcome).toBe("throttled");
    const checked = results.filter((result) => result.outcome !== "throttled");
    expect(checked.length).toBe(FREE_FAILURES.pair);
    expect(checked.every((result) => result.outcome === "wrong")).toBe(true);
    expect(await db.loginAttempt.count({ where: { email } })).toBe(FREE_FAILURES.pair);
    expect(await db.loginAttempt.count({ where: { email, success: null } })).toBe(0);
  }, 60_000);

  it("an attacker's failures do not lock the owner out from another address", async () => {
    const email = await account();
    const attacker = address();
    for (let i = 0; i < FREE_FAILURES.pair; i++) {
      expect((await checkPassword(db, email, `tentativo-${i}`, attacker)).outcome).toBe("wrong");
    }
    const blocked = await checkPassword(db, email, PASSWORD, attacker);
    expect(blocked).toMatchObject({ outcome: "throttled" });
    expect(await checkPassword(db, email, PASSWORD, address())).toMatchObject({ outcome: "ok" });
  }, 60_000);

  it("delays grow with every further failure instead of a fixed lock-out", async () => {
    const email = `ritardi-${Date.now()}@test.local`;
    const ip = address();
    const t0 = Date.now() - 10 * 60_000;
    const at = (seconds: number) => new Date(t0 + seconds * 1000);
    const fail = async (seconds: number) => {
      const reservation = await reserveAttempt(db, email, ip, at(seconds));
      if (!reservation.ok) return reservation.retryAfterMs;
      await finishAttempt(db, reservation.id, false);
      return 0;
    };
    for (let i = 0; i < FREE_FAILURES.pair; i++) expect(await fail(i)).toBe(0);
    // 5 failures, the last at 4 s: the next one waits 30 s from it, then 60 s, then 120 s.
    expect(await fail(10)).toBe(24_000);
    expect(await fail(34)).toBe(0);
    expect(await fail(60)).toBe(34_000);
    expect(await fail(94)).toBe(0);
    expect(await fail(200)).toBe(14_000);
    expect(await fail(214)).toBe(0);
  });

  it("limits one address across accounts, and the account alone when the address is unknown", async () => {
    const ip = address();
    for (let i = 0; i < FREE_FAILURES.address; i++) {
      const reservation = await reserveAttempt(db, `spray-${Date.now()}-${i}@test.local`, ip);
      expect(reservation.ok).toBe(true);
      if (reservation.ok) await finishAttempt(db, reservation.id, false);
    }
    expect((await reserveAttempt(db, `spray-${Date.now()}-altro@test.local`, ip)).ok).toBe(false);

    const email = await account();
    for (let i = 0; i < FREE_FAILURES.pair; i++) {
      expect((await checkPassword(db, email, `tentativo-${i}`, null)).outcome).toBe("wrong");
    }
    expect((await checkPassword(db, email, PASSWORD, null)).outcome).toBe("throttled");
  }, 60_000);

  it("a browser that signed in before keeps its way in while the account is throttled, and has limits of its own", async () => {
    const email = await account();
    const owner = "dispositivo-del-titolare1";
    const attacker = address();
    for (const ip of [null, attacker]) {
      for (let i = 0; i < FREE_FAILURES.pair; i++) await checkPassword(db, email, `altrui-${i}`, ip);
      expect((await checkPassword(db, email, PASSWORD, ip)).outcome).toBe("throttled");
    }
    expect(await checkPassword(db, email, PASSWORD, null, owner)).toMatchObject({ outcome: "ok" });
    expect(await checkPassword(db, email, PASSWORD, attacker, owner)).toMatchObject({ outcome: "ok" });
    expect(await db.loginAttempt.count({ where: { email, ip: deviceSource(owner), success: true } })).toBe(2);

    // Wrong passwords from that browser throttle that browser, as typos from one address do.
    for (let i = 0; i < FREE_FAILURES.pair; i++) {
      expect((await checkPassword(db, email, `refuso-${i}`, null, owner)).outcome).toBe("wrong");
    }
    expect((await checkPassword(db, email, PASSWORD, null, owner)).outcome).toBe("throttled");
    expect(await checkPassword(db, email, PASSWORD, null, "un-altro-dispositivo-0")).toMatchObject({ outcome: "ok" });
  }, 60_000);

  it("an e-mail without an account is answered like a wrong password", async () => {
    for (let i = 0; i < 3; i++) {
      expect((await checkPassword(db, `nessuno-${Date.now()}-${i}@test.local`, PASSWORD, null)).outcome).toBe("wrong");
    }
  }, 30_000);
});
