import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  // Deliberately without script-src/default-src: App Router pages carry inline scripts (the React
  // payload) that differ per page, so a script policy without 'unsafe-inline' needs a nonce per
  // request, which makes every page dynamic (no prerendering). Next's SRI option hashes only the
  // script files: with `script-src 'self'` the inline payload is blocked and pages never hydrate
  // (tried on Next 16.4). What is safe to restrict for every page is restricted here.
  { key: "Content-Security-Policy", value: "base-uri 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  ...(process.env.SITE_URL?.startsWith("https://") ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  cacheComponents: true,
  // Off on purpose: with Partial Prefetching a sheet not prerendered at build (published later)
  // is answered with the App Shell first and its content streamed after, which needs JavaScript
  // to show and commits a 200 before notFound() can answer 404. Off, such a page renders
  // whole on its first request, and is then cached like the prerendered ones.
  partialPrefetching: false,
  // The test suite builds into its own folder so it never overwrites the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // forbidden() / unauthorized() give admin pages, actions and route handlers real 403/401s.
  experimental: { authInterrupts: true },
  typedRoutes: false,
};

export default nextConfig;
