import path from "node:path";
import type { NextConfig } from "next";
import { baselinePolicy } from "./lib/server/content-security-policy.ts";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  // Scripts are restricted per response by the production server (scripts/serve.ts), which gives
  // the framework's inline scripts a nonce without making prerendered pages dynamic.
  { key: "Content-Security-Policy", value: baselinePolicy },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  ...(process.env.SITE_URL?.startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  cacheComponents: true,
  // 'use cache' entries and rendered pages in bounded in-process LRUs (never on disk), whose
  // invalidations reach every process and instance through PostgreSQL NOTIFY (lib/cache/tag-sync.ts).
  // The page cache is bounded by cacheMaxMemorySize: PAGE_CACHE_MB, default 50 (Next's default).
  cacheHandlers: { default: path.resolve("lib/cache/use-cache-handler.ts") },
  cacheMaxMemorySize: (Number(process.env.PAGE_CACHE_MB) || 50) * 1024 * 1024,
  cacheHandler: path.resolve("lib/cache/page-cache-handler.ts"),
  // Loaded by Node once per process rather than bundled into pages and route handlers separately:
  // Prisma's debug module keeps its last 100 messages with their arguments (every query's SQL and
  // values) whatever DEBUG says, and a copy bundled with a rarely used route (the import upload)
  // kept each import's 14 MB payload for good. One copy sees all queries and lets them go.
  serverExternalPackages: ["@prisma/adapter-pg", "@prisma/driver-adapter-utils", "@prisma/debug"],
  // Compression happens in scripts/serve.ts, after the page's scripts have received their nonce.
  compress: false,
  // Off on purpose: with Partial Prefetching a sheet not prerendered at build (published later)
  // is answered with the App Shell first and its content streamed after, which needs JavaScript
  // to show and commits a 200 before notFound() can answer 404. Off, such a page renders
  // whole on its first request, and is then cached like the prerendered ones.
  partialPrefetching: false,
  // The test suite builds into its own folder so it never overwrites the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  experimental: {
    // forbidden() / unauthorized() give admin pages, actions and route handlers real 403/401s.
    authInterrupts: true,
    // A worker loads a route's code when the route is first asked for, not every route at start:
    // the admin area's code (its password lists among it) otherwise sat in every public worker.
    preloadEntriesOnStart: false,
  },
  typedRoutes: false,
};

export default nextConfig;
