import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { requireActionUser, type SessionUser } from "@/lib/auth/session";

// Server actions and admin route handlers are public POST endpoints. Each one is defined through
// adminAction, which checks the session (401) and the role (403) before the handler runs, and
// hands the handler the verified user: a handler cannot run, or get its user, without the check.

const ROLES = new WeakMap<object, Role>();

export function adminAction<Args extends unknown[], Result>(
  role: Role,
  handler: (user: SessionUser, ...args: Args) => Promise<Result>,
  options: { pendingPasswordChange?: boolean } = {},
): (...args: Args) => Promise<Result> {
  const action = async (...args: Args) => handler(await requireActionUser(role, options), ...args);
  ROLES.set(action, role);
  return action;
}

/** The role an action made by adminAction requires; undefined for any other function. */
export function adminActionRole(action: unknown): Role | undefined {
  return typeof action === "function" ? ROLES.get(action) : undefined;
}
