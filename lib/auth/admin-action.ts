import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { requireActionUser, type SessionUser } from "@/lib/auth/session";
import { formArguments } from "@/lib/forms/form-action";

// Server actions and admin route handlers are public POST endpoints. Each one is defined through
// adminAction, which checks the session (401) and the role (403) before the handler runs, and
// hands the handler the verified user: a handler cannot run, or get its user, without the check.
// Then an action must be called with a form (a FormData as its last argument, and as many
// arguments as the handler reads besides the user: lib/forms/form-action.ts): anything else is
// answered 404, not a 500. Route handlers (adminRoute) and the one action called from code with an
// argument of its own (`form: false`) check their arguments themselves.

const ROLES = new WeakMap<object, Role>();

type AdminActionOptions = {
  pendingPasswordChange?: boolean;
  /** False: called with arguments of its own, not a form, which the handler checks itself. */
  form?: boolean;
};

export function adminAction<Args extends unknown[], Result>(
  role: Role,
  handler: (user: SessionUser, ...args: Args) => Promise<Result>,
  options: AdminActionOptions = {},
): (...args: Args) => Promise<Result> {
  const action = async (...args: Args) => {
    const user = await requireActionUser(role, options);
    return handler(user, ...(options.form === false ? args : formArguments(args, handler.length - 1)));
  };
  ROLES.set(action, role);
  return action;
}

/** An admin route handler: the same checks of session and role; its Request is its own to read. */
export function adminRoute<Args extends unknown[], Result>(
  role: Role,
  handler: (user: SessionUser, ...args: Args) => Promise<Result>,
) {
  return adminAction(role, handler, { form: false });
}

/** The role an action made by adminAction requires; undefined for any other function. */
export function adminActionRole(action: unknown): Role | undefined {
  return typeof action === "function" ? ROLES.get(action) : undefined;
}
