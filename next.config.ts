import type { NextConfig } from "next";

const nextConfig: NextConfig = {
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
