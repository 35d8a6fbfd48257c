import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect, unauthorized } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { env, siteUrl } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { findSessionUser, SESSION_TTL_MS } from "@/lib/auth/session-store";

export type SessionUser = NonNullable<Awaited<ReturnType<typeof findSessionUser>>>;

const RANK: Record<Role, number> = { EDITOR: 1, ADMIN: 2 };
export const hasRole = (user: SessionUser, role: Role) => RANK[user.role] >= RANK[role];

/** The signed-in user of this request, or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? findSessionUser(db, token) : null;
});

/** For admin pages: anonymous visitors go to the sign-in page, users without the role get 403. */
export async function requirePageUser(role: Role = "EDITOR", returnTo?: string) {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/admin/login?next=${encodeURIComponent(returnTo)}` : "/admin/login");
  if (!hasRole(user, role)) forbidden();
  return user;
}

/** For server actions and route handlers, first thing: 401 without a session, 403 without the role. */
export async function requireActionUser(role: Role = "EDITOR") {
  const user = await getCurrentUser();
  if (!user) unauthorized();
  if (!hasRole(user, role)) forbidden();
  return user;
}

export async function setSessionCookie(token: string) {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: siteUrl().startsWith("https://"),
    path: "/",
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export async function readSessionCookie() {
  return (await cookies()).get(SESSION_COOKIE)?.value ?? null;
}

export async function clearSessionCookie() {
  (await cookies()).delete(SESSION_COOKIE);
}

/**
 * The client address as a trusted reverse proxy reports it. Without one (TRUST_PROXY unset) the
 * header could be forged, so null is returned and only the per-account limit applies.
 */
export async function clientAddress() {
  if (env().TRUST_PROXY !== "1") return null;
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || null;
}

export async function clientUserAgent() {
  return (await headers()).get("user-agent");
}
