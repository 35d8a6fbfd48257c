import { z } from "zod";

// The one place that reads process.env. The start and test scripts always provide
// DATABASE_URL (an external server, or the embedded Postgres they started).
const schema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL non è impostata: avvia il sito con `npm start`."),
  /** Unset: DEFAULT_SITE_URL, and the production server says so at start (siteUrlWarning). */
  SITE_URL: z.url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set to 1 behind one reverse proxy that appends to X-Forwarded-For: the limits count its right-most entry, not the connection. */
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  /** Connections of each server process's app pool (lib/db.ts); see lib/server/connection-budget.ts. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
  /** The accessibility statement published by the Ministry on form.agid.gov.it, once it exists. */
  ACCESSIBILITY_STATEMENT_URL: z.url().optional(),
  /** Where citizens report accessibility problems (the feedback mechanism the statement names). */
  ACCESSIBILITY_FEEDBACK_EMAIL: z.email().optional(),
  /** smtp://user:pass@host:587 or smtps://…:465: invitations and password resets go by e-mail. */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "SMTP_URL: un indirizzo smtp:// o smtps://." })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** The sender of those e-mails; unset, noreply@ the SITE_URL's host. */
  MAIL_FROM: z.string().min(3).optional(),
});

const DEFAULT_SITE_URL = "http://localhost:3000";

type Env = z.infer<typeof schema>;
let parsed: Env | undefined;

export function env() {
  parsed ??= schema.parse(process.env);
  return parsed;
}

/** The mail server's address, or undefined when e-mail is not configured. */
export function smtpUrl() {
  return env().SMTP_URL;
}

/** The public base URL without a trailing slash, for canonical links, sitemap and JSON-LD. */
export function siteUrl() {
  return (env().SITE_URL ?? DEFAULT_SITE_URL).replace(/\/+$/, "");
}

/**
 * What the production server says once at start when SITE_URL is unset: the site then works, but
 * every absolute link it hands out — in e-mails, the sitemap, the feed, the open data, canonical
 * links — points to this machine. Null when it is set, or outside production.
 */
export function siteUrlWarning({ SITE_URL, NODE_ENV }: Pick<Env, "SITE_URL" | "NODE_ENV"> = env()) {
  if (SITE_URL || NODE_ENV !== "production") return null;
  return (
    `Attenzione: SITE_URL non è impostata, quindi i link nelle e-mail, nella sitemap, nel feed e nei dati aperti ` +
    `puntano a ${DEFAULT_SITE_URL}. Impostala con l'indirizzo pubblico del sito (per esempio https://catalogo.esempio.gov.it) e riavvia.`
  );
}
