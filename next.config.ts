import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  cacheComponents: true,
  // The test suite builds into its own folder so it never overwrites the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
