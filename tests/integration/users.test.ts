import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { AccountRuleError, changeUserRole, setUserActive, setUserPassword } from "@/lib/users/account-changes";
import { createUserSchema } from "@/lib/users/actions.validation";
import { createUser, DuplicateEmailError } from "@/lib/users/create-user";
import { getUser, listUsers } from "@/lib/users/queries";

// Account rules run inside a transaction that is rolled back; the few tests that need committed
// rows use their own throwaway accounts and delete them. The seeded accounts are never changed.

type Tx = Prisma.TransactionClient;
const ROLLBACK = new Error("rollback");
const HOUR = 60 * 60 * 1000;

async function rolledBack(work: (tx: Tx) => Promise<void>) {
  try {
    await db.$transaction(
      async (tx) => {
        await work(tx);
        throw ROLLBACK;
      },
      { timeout: 20_000 },
    );
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
}

afterAll(async () => {
  await db.$disconnect();
});

let serial = 0;
async function account(tx: Tx, role: Role, sessions = 0) {
  const email = `prova-${Date.now()}-${++serial}@test.local`;
  const user = await tx.user.create({ data: { email, name: `Prova ${serial}`, role, passwordHash: "x" } });
  for (let i = 0; i < sessions; i++) {
    await tx.session.create({ data: { id: `${email}-${i}`, userId: user.id, expiresAt: new Date(Date.now() + HOUR) } });
  }
  return user;
}

const sessionCount = (tx: Tx, userId: number) => tx.session.count({ where: { userId } });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AccountRuleError);
  return (error as Error).message;
}

describe("changeUserRole", () => {
  it("changes another user's role and signs them out", async () => {
    await rolledBack(async (tx) => {
      const actor = await account(tx, "ADMIN");
      const target = await account(tx, "EDITOR", 2);
      expect((await changeUserRole(tx, actor.id, target.id, "ADMIN")).changed).toBe(true);
      expect((await tx.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("ADMIN");
      expect(await sessionCount(tx, target.id)).toBe(0);
      expect((await changeUserRole(tx, actor.id, target.id, "ADMIN")).changed).toBe(false);
    });
  });

  it("never lets admins demote themselves nor remove the last active admin", async () => {
    await rolledBack(async (tx) => {
      const [first, second] = [await account(tx, "ADMIN", 1), await account(tx, "ADMIN")];
      await tx.user.updateMany({
        where: { role: "ADMIN", id: { notIn: [first.id, second.id] } },
        data: { active: false },
      });

      expect(await refusal(changeUserRole(tx, first.id, first.id, "EDITOR"))).toMatch(/a te stesso/);
      expect(await sessionCount(tx, first.id)).toBe(1);
      await changeUserRole(tx, first.id, second.id, "EDITOR");
      // `first` is now the only active admin: neither role nor access can be taken away.
      expect(await refusal(changeUserRole(tx, second.id, first.id, "EDITOR"))).toMatch(
        /almeno un amministratore attivo/,
      );
      expect(await refusal(setUserActive(tx, second.id, first.id, false))).toMatch(/almeno un amministratore attivo/);
      expect((await tx.user.findUniqueOrThrow({ where: { id: first.id } })).role).toBe("ADMIN");
    });
  });
});

describe("setUserActive", () => {
  it("deactivates a user, ending their sessions, and reactivates them", async () => {
    await rolledBack(async (tx) => {
      const actor = await account(tx, "ADMIN");
      const target = await account(tx, "EDITOR", 2);
      await setUserActive(tx, actor.id, target.id, false);
      expect(await tx.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ active: false });
      expect(await sessionCount(tx, target.id)).toBe(0);
      await setUserActive(tx, actor.id, target.id, true);
      expect(await tx.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ active: true });
    });
  });

  it("refuses deactivating oneself and reports a user that no longer exists", async () => {
    await rolledBack(async (tx) => {
      const actor = await account(tx, "ADMIN");
      expect(await refusal(setUserActive(tx, actor.id, actor.id, false))).toMatch(/il tuo account/);
      expect(await refusal(setUserActive(tx, actor.id, 2_000_000_000, false))).toMatch(/non esiste più/);
    });
  });
});

describe("setUserPassword", () => {
  it("replaces the hash and ends every session but the one kept", async () => {
    await rolledBack(async (tx) => {
      const user = await account(tx, "ADMIN", 3);
      await setUserPassword(tx, user.id, "nuovo-hash", `${user.email}-0`);
      expect((await tx.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe("nuovo-hash");
      expect((await tx.session.findMany({ where: { userId: user.id } })).map((s) => s.id)).toEqual([`${user.email}-0`]);
    });
  });
});

describe("creating users", () => {
  const input = {
    email: " Nuova.Persona@Test.Local ",
    name: "Nuova Persona",
    role: "EDITOR",
    password: "una-password-robusta",
    confirm: "una-password-robusta",
  };

  it("validates the form: lowercase e-mail, password policy, repeated password", () => {
    expect(createUserSchema.parse(input).email).toBe("nuova.persona@test.local");
    const weak = createUserSchema.safeParse({ ...input, password: "corta", confirm: "altra" });
    expect(weak.success).toBe(false);
    const paths = weak.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toContain("password");
    expect(createUserSchema.safeParse({ ...input, confirm: "una-password-diversa" }).error?.issues[0]).toMatchObject({
      path: ["confirm"],
    });
  });

  it("refuses a second account with the same e-mail and reports the last sign-in", async () => {
    const data = createUserSchema.parse({ ...input, email: `doppio-${Date.now()}@test.local` });
    const created = await createUser(db, data);
    try {
      await expect(createUser(db, data)).rejects.toBeInstanceOf(DuplicateEmailError);
      expect((await getUser(created.id))?.lastSignIn).toBeNull();

      const login = new Date(Date.now() - 2 * HOUR);
      const seen = new Date(Date.now() - HOUR);
      await db.loginAttempt.create({ data: { email: data.email, ip: "", success: true, createdAt: login } });
      await db.session.create({
        data: {
          id: `prova-${created.id}`,
          userId: created.id,
          expiresAt: new Date(Date.now() + HOUR),
          lastSeenAt: seen,
        },
      });
      expect((await getUser(created.id))?.lastSignIn).toEqual(seen);
      await db.session.deleteMany({ where: { userId: created.id } }); // signed out: the login time remains
      expect((await listUsers()).find((user) => user.id === created.id)?.lastSignIn).toEqual(login);
    } finally {
      await db.loginAttempt.deleteMany({ where: { email: data.email } });
      await db.user.delete({ where: { id: created.id } });
    }
  });
});
