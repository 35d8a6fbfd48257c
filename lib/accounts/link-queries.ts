import { db } from "@/lib/db";
import { findInvitation } from "@/lib/accounts/invitations";
import { findPasswordReset } from "@/lib/accounts/password-reset";
import { isRevokedToken } from "@/lib/accounts/tokens";

// Reads for the pages a link opens: never cached (a link stops working once used).

export const invitationForLink = (token: string) => findInvitation(db, token);

export const passwordResetForLink = (token: string) => findPasswordReset(db, token);

export const invitationRevoked = (token: string) => isRevokedToken(db, token, "INVITATION");
