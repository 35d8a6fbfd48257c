import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect, unauthorized } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { cookieAttributes } from "@/lib/cookie-attributes";
import { siteUrl } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { findSessionUser, SESSION_TTL_MS } from "@/lib/auth/session-store";

const cookieName = () => sessionCookieName(siteUrl());

export type SessionUser = NonNullable<Awaited<ReturnType<typeof findSessionUser>>>;

const RANK: Record<Role, number> = { EDITOR: 1, ADMIN: 2 };
export const hasRole = (user: SessionUser, role: Role) => RANK[user.role] >= RANK[role];

/** The signed-in user of this request, or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(cookieName())?.value;
  return token ? findSessionUser(db, token) : null;
});

/** Where a user whose password an admin chose must go before anything else. */
export const PASSWORD_CHANGE_PATH = "/admin/cambio-password";

/**
 * For admin pages: anonymous visitors go to the sign-in page, users without the role get 403,
 * users who must first choose their own password go to the page for it.
 */
export async function requirePageUser(role: Role = "EDITOR", returnTo?: string) {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/admin/login?next=${encodeURIComponent(returnTo)}` : "/admin/login");
  if (user.mustChangePassword) redirect(PASSWORD_CHANGE_PATH);
  if (!hasRole(user, role)) forbidden();
  return user;
}

/**
 * For server actions and route handlers, first thing: 401 without a session, 403 without the
 * role, and 403 while the user must first choose their own password (except for the action
 * that changes it).
 */
export async function requireActionUser(role: Role = "EDITOR", options: { pendingPasswordChange?: boolean } = {}) {
  const user = await getCurrentUser();
  if (!user) unauthorized();
  if (!hasRole(user, role)) forbidden();
  if (user.mustChangePassword && !options.pendingPasswordChange) forbidden();
  return user;
}

export async function setSessionCookie(token: string) {
  (await cookies()).set(cookieName(), token, { ...cookieAttributes(), maxAge: SESSION_TTL_MS / 1000 });
}

export async function readSessionCookie() {
  return (await cookies()).get(cookieName())?.value ?? null;
}

// Cleared with the same attributes it was set with: a browser ignores a __Host- cookie sent
// without Secure, removal included.
export async function clearSessionCookie() {
  (await cookies()).set(cookieName(), "", { ...cookieAttributes(), maxAge: 0 });
}

/**
 * The client's address (an IPv6 client's /64) as the production server resolved it
 * (lib/auth/client-address.ts: the trusted proxy's entry with TRUST_PROXY=1, the connection's
 * address otherwise). Null where no such server stands in front, as under `next dev`.
 */
export async function clientAddress() {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) || null;
}

export async function clientUserAgent() {
  return (await headers()).get("user-agent");
}
