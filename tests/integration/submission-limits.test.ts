import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SUBMISSION_LIMITS } from "@/lib/submissions/limits";
import { recordSubmission, type NewSubmission } from "@/lib/submissions/submit";

// The public forms' limits against the real database, and above all who they shut out: a sender
// past a limit of their own, never a comune or the whole form because of what others sent.
// Each test runs at its own hour years ahead, so that only its own rows fall inside the windows.

const RUN = Date.now().toString(36);
const BASE = Date.UTC(2090, 0, 1) + (Date.now() % 1_000) * 86_400_000 * 10;
let hours = 0;
/** A fresh moment, two days after the previous one: outside every earlier window. */
const freshMoment = () => new Date(BASE + (hours += 48) * 3_600_000);

afterAll(async () => {
  await db.submission.deleteMany({ where: { title: { contains: RUN } } });
  await db.$disconnect();
});

let counter = 0;
/** A client address of a network (/24) of its own: the per-network limit counts none of the others. */
const address = () => {
  const n = counter++;
  return `198.${18 + (Math.floor(n / 250) % 2)}.${n % 250}.1`;
};
const solved = () => randomBytes(16).toString("hex");

function submission(entity: string, extra: Partial<NewSubmission> = {}): NewSubmission {
  return {
    token: randomBytes(32).toString("base64url"),
    kind: "NEW_PRACTICE",
    values: {},
    title: `Prova dei limiti ${RUN}`,
    entity: { name: `Comune di prova ${entity} ${RUN}`, istatCode: null, regionId: 10 },
    practiceId: null,
    submitter: { name: "Maria Rossi", role: "Assistente sociale", email: "m.rossi@example.org", entity: "Comune" },
    clientAddress: null,
    challengeId: null,
    ...extra,
  };
}

const send = async (input: NewSubmission, now: Date) => recordSubmission(db, input, now);

describe("limits of one sender", () => {
  it("limits a client address per hour", async () => {
    const now = freshMoment();
    const from = address();
    const outcomes = [];
    for (let i = 0; i <= SUBMISSION_LIMITS.perAddressPerHour; i++)
      outcomes.push((await send(submission(`a${i}`, { clientAddress: from, challengeId: solved() }), now)).outcome);
    expect(outcomes).toEqual([...Array(SUBMISSION_LIMITS.perAddressPerHour).fill("created"), "limited"]);
    const later = new Date(now.getTime() + 61 * 60_000);
    expect((await send(submission("a0", { clientAddress: from, challengeId: solved() }), later)).outcome).toBe(
      "created",
    );
  });

  it("allows fewer sends without the proof-of-work from one address", async () => {
    const now = freshMoment();
    const from = address();
    for (let i = 0; i < SUBMISSION_LIMITS.flaggedPerAddressPerHour; i++)
      expect((await send(submission(`f${i}`, { clientAddress: from }), now)).outcome).toBe("created");
    expect(await send(submission("f-last", { clientAddress: from }), now)).toEqual({
      outcome: "limited",
      scope: "flaggedAddress",
    });
    // With the proof-of-work solved, the same address still has the rest of its hour.
    expect((await send(submission("f-last", { clientAddress: from, challengeId: solved() }), now)).outcome).toBe(
      "created",
    );
  });

  it("limits one address's sends about one entity per day", async () => {
    const now = freshMoment();
    const from = address();
    const outcomes = [];
    for (let i = 0; i <= SUBMISSION_LIMITS.perAddressPerEntityPerDay; i++) {
      const at = new Date(now.getTime() + i * 2 * 3_600_000);
      outcomes.push(await send(submission("stesso", { clientAddress: from, challengeId: solved() }), at));
    }
    expect(outcomes.at(-1)).toEqual({ outcome: "limited", scope: "addressEntity" });
  });
});

describe("limits of one network", () => {
  it("limits the addresses of one IPv4 /24 or IPv6 /48 together per hour, and no other network", async () => {
    for (const [network, addressIn] of [
      ["203.0.113.0/24", (i: number) => `203.0.113.${i + 1}`],
      ["2001:db8:7::/48", (i: number) => `2001:db8:7:${i.toString(16)}::/64`],
    ] as const) {
      const now = freshMoment();
      const outcomes = [];
      for (let i = 0; i <= SUBMISSION_LIMITS.perNetworkPerHour; i++)
        outcomes.push(await send(submission(`rete-${i}`, { clientAddress: addressIn(i), challengeId: solved() }), now));
      expect(
        outcomes.map((result) => result.outcome),
        network,
      ).toEqual([...Array(SUBMISSION_LIMITS.perNetworkPerHour).fill("created"), "limited"]);
      expect(outcomes.at(-1), network).toEqual({ outcome: "limited", scope: "network" });
      expect(
        (await send(submission("rete-altra", { clientAddress: address(), challengeId: solved() }), now)).outcome,
      ).toBe("created");
      const later = new Date(now.getTime() + 61 * 60_000);
      const again = submission("rete-dopo", { clientAddress: addressIn(0), challengeId: solved() });
      expect((await send(again, later)).outcome, network).toBe("created");
    }
  });

  it("the addresses of one network count as one sender about an entity, and close it to no one", async () => {
    const now = freshMoment();
    for (let i = 0; i < SUBMISSION_LIMITS.sendersPerEntityPerDay + 2; i++) {
      const from = `192.0.2.${i + 1}`;
      expect((await send(submission("una-rete", { clientAddress: from, challengeId: solved() }), now)).outcome).toBe(
        "created",
      );
    }
    expect((await send(submission("una-rete", { clientAddress: address(), challengeId: solved() }), now)).outcome).toBe(
      "created",
    );
  });
});

describe("junk cannot shut out the others", () => {
  // The attack run: three junk proposals from one address closed a comune for a day.
  it("three sends about a comune from one address, with or without the proof-of-work, do not close it to others", async () => {
    const now = freshMoment();
    const attacker = address();
    for (let i = 0; i < 3; i++) {
      const junk = submission("bersaglio", { clientAddress: attacker, challengeId: i === 1 ? solved() : null });
      expect((await send(junk, now)).outcome).toBe("created");
    }
    const fromOthers = [
      submission("bersaglio", { clientAddress: address(), challengeId: solved() }),
      submission("bersaglio", { clientAddress: address() }),
    ];
    for (const input of fromOthers) expect((await send(input, now)).outcome).toBe("created");
  });

  // The attack run: sends without the proof-of-work from about twelve addresses closed the forms for an hour.
  it("flagged sends from twelve addresses close neither the comune they name nor the form", async () => {
    const now = freshMoment();
    const outcomes = [];
    for (let from = 0; from < 12; from++) {
      const attacker = address();
      for (let i = 0; i < 5; i++)
        outcomes.push((await send(submission(`molti-${i}`, { clientAddress: attacker }), now)).outcome);
    }
    const verified = submission("molti-0", { clientAddress: address(), challengeId: solved() });
    expect((await send(verified, now)).outcome).toBe("created");
    // What they could write is bounded all the same.
    expect(outcomes.filter((outcome) => outcome === "created").length).toBeLessThanOrEqual(
      SUBMISSION_LIMITS.flaggedPendingPerHour,
    );
  });

  it("closes an entity for the day once enough different networks sent about it with the proof-of-work", async () => {
    const now = freshMoment();
    const senders = Array.from({ length: SUBMISSION_LIMITS.sendersPerEntityPerDay }, address);
    for (const from of senders)
      expect((await send(submission("piena", { clientAddress: from, challengeId: solved() }), now)).outcome).toBe(
        "created",
      );
    expect(await send(submission("piena", { clientAddress: address(), challengeId: solved() }), now)).toEqual({
      outcome: "limited",
      scope: "entity",
    });
    // A sender already counted may still send (within its own limits): it adds no sender.
    expect((await send(submission("piena", { clientAddress: senders[0]!, challengeId: solved() }), now)).outcome).toBe(
      "created",
    );
    // Named with other case and accents, it is the same entity.
    const renamed = submission("piena", { clientAddress: address(), challengeId: solved() });
    renamed.entity = { ...renamed.entity, name: `COMUNE DI PRÒVA PIENA ${RUN.toUpperCase()}` };
    expect(await send(renamed, now)).toEqual({ outcome: "limited", scope: "entity" });
  });

  it("without a known address (no production server in front), each send counts as its own sender", async () => {
    const now = freshMoment();
    for (let i = 0; i < SUBMISSION_LIMITS.sendersPerEntityPerDay; i++)
      await send(submission("senza-indirizzo", { challengeId: solved() }), now);
    expect(await send(submission("senza-indirizzo", { challengeId: solved() }), now)).toEqual({
      outcome: "limited",
      scope: "entity",
    });
  });
});

describe("the hour's budgets from everyone", () => {
  async function fill(now: Date, count: number, flagged: boolean) {
    await db.submission.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        code: `CAP-${RUN}-${now.getTime()}-${flagged ? "f" : "v"}-${i}`,
        kind: "NEW_PRACTICE" as const,
        tokenHash: `cap-${RUN}-${now.getTime()}-${flagged ? "f" : "v"}-${i}`,
        payload: {},
        title: `Riempitivo ${RUN} ${i}`,
        entityName: `Ente riempitivo ${RUN} ${i}`,
        regionId: 1,
        flagged,
        createdAt: now,
      })),
    });
  }

  it("a full hour of flagged sends refuses only further flagged ones", async () => {
    const now = freshMoment();
    await fill(now, SUBMISSION_LIMITS.flaggedPendingPerHour, true);
    expect(await send(submission("bilancio-a", { clientAddress: address() }), now)).toEqual({
      outcome: "limited",
      scope: "flaggedPending",
    });
    expect(
      (await send(submission("bilancio-a", { clientAddress: address(), challengeId: solved() }), now)).outcome,
    ).toBe("created");
  });

  it("caps the sends with the proof-of-work waiting for a decision received in an hour", async () => {
    const now = freshMoment();
    await fill(now, SUBMISSION_LIMITS.pendingPerHour, false);
    expect(await send(submission("bilancio-b", { clientAddress: address(), challengeId: solved() }), now)).toEqual({
      outcome: "limited",
      scope: "pending",
    });
  });
});
