// The site's Content-Security-Policy. next.config.ts sends `baselinePolicy` with every response;
// the production server (scripts/serve.ts) replaces it on HTML pages with `pagePolicy(nonce)`,
// which also restricts scripts: files from this origin and inline scripts carrying the nonce.
const common = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // React and Tailwind set style attributes; scripts, not styles, are what the policy must hold.
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

/** For every response, including those of a bare `next start`: nothing here needs a nonce. */
export const baselinePolicy = [
  "base-uri 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

export function pagePolicy(nonce: string) {
  return [...common, `script-src 'self' 'nonce-${nonce}'`, "script-src-attr 'none'"].join("; ");
}
