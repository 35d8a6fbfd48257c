"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import { adminAction } from "@/lib/auth/admin-action";
import { readSessionCookie } from "@/lib/auth/session";
import { hashToken } from "@/lib/auth/session-store";
import { db } from "@/lib/db";
import { AccountRuleError, changeUserRole, setUserActive, setUserPassword } from "@/lib/users/account-changes";
import {
  changeRoleSchema,
  inviteSchema,
  resetPasswordSchema,
  revokeInvitationSchema,
  setActiveSchema,
  type RevokeFormState,
  type InviteFormState,
  type UserFormState,
} from "@/lib/users/actions.validation";
import { DuplicateEmailError } from "@/lib/users/create-user";
import { inviteUser, revokeInvitation } from "@/lib/accounts/invitations";
import { siteUrl } from "@/lib/env";
import { siteMailer } from "@/lib/mail/site-mailer";
import { ROLE_NAMES } from "@/lib/users/user-input";

const INVALID = "Richiesta non valida: ricarica la pagina e riprova.";

/**
 * Invites an address with a role: a single-use link, e-mailed when SMTP_URL is set, otherwise
 * (or when the mail server refuses) returned to be shown to the admin this once.
 */
export const inviteUserAction = adminAction(
  "ADMIN",
  async (actor, _previous: InviteFormState, formData: FormData): Promise<InviteFormState> => {
    const input = Object.fromEntries(formData);
    const values = { email: String(input.email ?? "").slice(0, 300), role: String(input.role ?? "") };
    const parsed = inviteSchema.safeParse(input);
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
    try {
      const outcome = await inviteUser(db, { ...parsed.data, createdById: actor.id }, siteUrl(), siteMailer());
      refresh();
      return { ok: true, invitation: { ...outcome, expiresAt: outcome.expiresAt.toISOString() } };
    } catch (error) {
      if (error instanceof DuplicateEmailError) return { errors: { email: [error.message] }, values };
      throw error;
    }
  },
);

export const changeRoleAction = adminAction(
  "ADMIN",
  async (actor, _previous: UserFormState, formData: FormData): Promise<UserFormState> => {
    const parsed = changeRoleSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: INVALID };
    const { userId, role } = parsed.data;
    return applyAccountChange(async (tx) => {
      const { user, changed } = await changeUserRole(tx, actor.id, userId, role);
      if (changed) {
        await recordAudit(tx, {
          actorId: actor.id,
          action: "user.role",
          target: { type: "user", id: user.id, label: user.name },
          changes: {
            fields: [{ field: "role", label: "Ruolo", before: ROLE_NAMES[user.role], after: ROLE_NAMES[role] }],
          },
        });
      }
      return changed
        ? `${user.name} ora è ${ROLE_NAMES[role].toLowerCase()}. Le sue sessioni aperte sono state chiuse.`
        : `${user.name} è già ${ROLE_NAMES[role].toLowerCase()}.`;
    });
  },
);

export const setActiveAction = adminAction(
  "ADMIN",
  async (actor, _previous: UserFormState, formData: FormData): Promise<UserFormState> => {
    const parsed = setActiveSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { message: INVALID };
    const { userId, active } = parsed.data;
    return applyAccountChange(async (tx) => {
      const { user, changed } = await setUserActive(tx, actor.id, userId, active);
      if (changed) {
        await recordAudit(tx, {
          actorId: actor.id,
          action: "user.active",
          target: { type: "user", id: user.id, label: user.name },
          changes: {
            fields: [
              {
                field: "active",
                label: "Account",
                before: active ? "disattivo" : "attivo",
                after: active ? "attivo" : "disattivo",
              },
            ],
          },
        });
      }
      return active
        ? `Account di ${user.name} attivo: può accedere all'area riservata.`
        : `Account di ${user.name} disattivato: non può più accedere e le sue sessioni aperte sono state chiuse.`;
    });
  },
);

/** "Revoca invito" on the users page: the open invitation of that address stops working. */
export const revokeInvitationAction = adminAction(
  "ADMIN",
  async (actor, _previous: RevokeFormState, formData: FormData): Promise<RevokeFormState> => {
    const parsed = revokeInvitationSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { message: INVALID };
    const { email } = parsed.data;
    if (!(await revokeInvitation(db, email, actor.id)))
      return { message: `Nessun invito aperto per ${email}: era già stato usato, revocato o scaduto.` };
    // The invitation leaves the list (and this form with it): the page itself confirms.
    redirect(`/admin/utenti?revocato=${encodeURIComponent(email)}`);
  },
);

export const resetPasswordAction = adminAction(
  "ADMIN",
  async (actor, _previous: UserFormState, formData: FormData): Promise<UserFormState> => {
    const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
    const { userId, password } = parsed.data;
    const passwordHash = await hashPassword(password);
    const ownToken = actor.id === userId ? await readSessionCookie() : null;
    return applyAccountChange(async (tx) => {
      // Chosen for someone else, it lasts until their next sign-in, when they choose their own.
      await setUserPassword(tx, userId, passwordHash, ownToken ? hashToken(ownToken) : undefined, !ownToken);
      const target = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.password",
        target: { type: "user", id: userId, label: target.name },
        changes: { note: "Password reimpostata da un amministratore; sessioni chiuse." },
      });
      return ownToken
        ? "Password cambiata. Le tue altre sessioni sono state chiuse."
        : "Password cambiata. Le sessioni aperte dell'utente sono state chiuse: comunicagli la nuova password per un canale sicuro; al prossimo accesso dovrà sceglierne una sua.";
    });
  },
);

/** Runs a change in one transaction; the rules' refusals become the form's message. */
async function applyAccountChange(change: (tx: Prisma.TransactionClient) => Promise<string>): Promise<UserFormState> {
  try {
    const message = await db.$transaction(change);
    // Admin pages are rendered per request, not cached: re-render the current one with the change.
    refresh();
    return { ok: true, message };
  } catch (error) {
    if (error instanceof AccountRuleError) return { message: error.message };
    throw error;
  }
}
