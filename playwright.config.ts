import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Browser tests run against a production server that `npm test` starts (PLAYWRIGHT_BASE_URL),
// in Debian's Chromium: no browser is downloaded.
const chromium =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `test-results/${process.env.TEST_RUN_ID ?? "main"}/playwright`,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  // The suite shares two cores with the server and the database: a page reached by a full
  // navigation can take longer than the default 5 s there.
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  use: {
    baseURL: process.env.PLAYWRIGHT_BASE_URL ?? "http://127.0.0.1:3000",
    trace: "retain-on-failure",
    locale: "it-IT",
  },
  projects: [
    {
      name: "setup",
      testMatch: /auth\.setup\.ts/,
      use: { launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS } },
    },
    {
      name: "chromium",
      dependencies: ["setup"],
      grepInvert: [/@counts-rows/, /@publishes-real/],
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS },
      },
    },
    // Tests proving that refused requests wrote nothing compare table counts: they run when no
    // other test can be writing.
    {
      name: "counts-rows",
      dependencies: ["chromium"],
      grep: /@counts-rows/,
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS },
      },
    },
    // A test that publishes a real sheet changes every count of the public catalogue, so it runs
    // last, one at a time: each checks that its sheet is the only real one in the sitemap and feed.
    // (Running its file alone therefore runs the projects it depends on in full.)
    {
      name: "publishes-real",
      dependencies: ["counts-rows"],
      workers: 1,
      grep: /@publishes-real/,
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS },
      },
    },
  ],
});
