import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-strength";
import { loginSchema } from "@/lib/auth/login.validation";
import { ACCOUNTS } from "../e2e/support/accounts";

describe("passwordProblem (ASVS 2.1)", () => {
  // Long enough for the length rule, and all among the first guesses of any cracking list.
  it.each([
    "password1234",
    "Password2024!",
    "qwertyuiop123",
    "iloveyou1234",
    "123456789abc",
    "Qwerty123456!",
    "passwordpassword",
    "Amministratore1",
    "ciaociao12345",
  ])("refuses the common or breached-style %j", (password) => {
    expect(passwordProblem(password)).toMatch(/comuni|facili da indovinare|ripetitiva/);
  });

  it("refuses a password made of the account's own e-mail or name", () => {
    const personal = ["mario.rossi@lavoro.gov.it", "Mario Rossi"];
    expect(passwordProblem("mario.rossi.2026", personal)).toMatch(/nome o la tua e-mail/);
    expect(passwordProblem("Mario-Rossi-lavoro", personal)).toMatch(/nome o la tua e-mail/);
    expect(passwordProblem("tre gatti sul tetto di lamiera", personal)).toBeNull();
  });

  it("keeps the length and repetition rules", () => {
    expect(passwordProblem("corta")).toMatch(/almeno 12 caratteri/);
    expect(passwordProblem("ababababababab")).toMatch(/ripetitiva/);
    expect(passwordProblem("x".repeat(201))).toMatch(/troppo lunga/);
  });

  it("accepts long, uncommon passwords, such as the test accounts'", () => {
    for (const account of Object.values(ACCOUNTS)) expect(passwordProblem(account.password), account.email).toBeNull();
    expect(passwordProblem("tre gatti sul tetto di lamiera")).toBeNull();
  });
});

describe("loginSchema", () => {
  it("answers a very long e-mail with a field error, before any work", () => {
    const result = loginSchema.safeParse({ email: `${"a".repeat(5000)}@test.local`, password: "x" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["email"], message: expect.stringMatching(/troppo lungo/) });
  });
});
