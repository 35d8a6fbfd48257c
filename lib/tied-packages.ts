// Packages that move together, pinned to exact versions in package.json: upgrade a group in one
// commit (npm install pkg@x.y.z … for every member), then run the tests it names.
// tests/unit/tied-packages.test.ts checks that each member is pinned and installed as pinned.
export const TIED_PACKAGES = [
  {
    packages: [
      "prisma",
      "@prisma/client",
      "@prisma/adapter-pg",
      "@prisma/driver-adapter-utils",
      "@prisma/schema-engine-wasm",
    ],
    // Same major.minor: the CLI generates the client, the adapter and the WASM schema engine
    // (driven by hand in scripts/lib/schema-engine.ts) speak the same driver-adapter interface.
    sameRelease: true,
    tests: [
      "tests/integration/migrations.test.ts",
      "tests/integration/schema-drift.test.ts",
      "tests/integration/prepare-database.test.ts",
    ],
  },
  {
    packages: ["next", "react", "react-dom"],
    // The inline script shapes lib/server/framework-scripts.ts gives a nonce to are Next's and
    // React's; the cache handlers follow Next's cacheHandler/cacheHandlers interfaces. Next itself
    // pins its @next/* packages (env, swc) to its own version.
    sameRelease: false,
    tests: [
      "tests/e2e/content-security-policy.spec.ts",
      "tests/integration/page-cache-handler.test.ts",
      "tests/e2e/two-instances.spec.ts",
    ],
  },
] as const;
