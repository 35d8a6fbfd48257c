// npm run screenshots — the visual review: screenshots of every page type at a phone (390 px)
// and a desktop (1280 px) width, written to docs/screenshots/. It serves its own site from the
// same pieces as `npm test` (a throwaway seeded database, a production build in
// .next-screenshots, `next start`) and drives Debian's Chromium; nothing is downloaded.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium as playwright, type Page } from "@playwright/test";
import { ensureBuild, serveArgs, waitForServer } from "./lib/build.ts";
import { findFreePort } from "./lib/embedded-postgres.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";
import { openTestDatabase } from "./lib/test-database.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { createUser } from "../lib/users/create-user.ts";

const chromiumPath =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (!chromiumPath) {
  console.error(
    "Chromium non trovato: installalo (`apt-get install chromium`) o indica il percorso con CHROMIUM_PATH.",
  );
  process.exit(1);
}
const OUT = path.resolve("docs/screenshots");
const DIST_DIR = ".next-screenshots";
const ACCOUNT = {
  email: "revisione@screenshots.local",
  password: "revisione-visiva-2026",
  name: "Revisione Visiva",
  role: "ADMIN",
} as const;
const WIDTHS = { mobile: 390, desktop: 1280 } as const;

/** One shot per page type: `full` pages are short enough to show whole, the rest are cropped to the viewport. */
type Shot = {
  name: string;
  path: (page: Page) => Promise<string>;
  admin?: boolean;
  full?: boolean;
  prepare?: (page: Page) => Promise<void>;
};

const firstHref = (from: string, selector: string) => async (page: Page) => {
  await page.goto(from);
  return (await page.locator(selector).first().getAttribute("href"))!;
};

const SHOTS: Shot[] = [
  { name: "home", path: async () => "/" },
  { name: "pratiche", path: async () => "/pratiche?regione=puglia&area=anziani" },
  {
    name: "pratiche-filtri-aperti",
    path: async () => "/pratiche?regione=puglia&area=anziani",
    prepare: async (page) => {
      if (await page.locator(".facets-panel > summary").isVisible())
        await page.locator(".facets-panel > summary").click();
    },
  },
  { name: "scheda", path: firstHref("/pratiche?ordina=titolo", '[data-testid="practice-card"] h3 a') },
  {
    name: "scheda-stampa",
    path: firstHref("/pratiche?ordina=titolo", '[data-testid="practice-card"] h3 a'),
    prepare: async (page) => page.emulateMedia({ media: "print" }),
  },
  {
    name: "confronta",
    path: async (page) => {
      await page.goto("/pratiche?regione=puglia&area=anziani");
      const hrefs = await page
        .locator('[data-testid="practice-card"] h3 a')
        .evaluateAll((links) => links.slice(0, 2).map((link) => link.getAttribute("href")!.replace("/pratiche/", "")));
      return `/confronta?${hrefs.map((slug) => `p=${slug}`).join("&")}`;
    },
  },
  { name: "comuni-simili", path: async () => "/comuni-simili?comune=Soletto#esito" },
  { name: "segnala", path: async () => "/segnala" },
  { name: "mappa", path: async () => "/mappa?misura=per-abitanti" },
  { name: "statistiche", path: async () => "/statistiche" },
  { name: "accessibilita", path: async () => "/accessibilita", full: true },
  { name: "admin-segnalazioni", path: async () => "/admin/segnalazioni", admin: true },
  { name: "admin-modifica", path: firstHref("/admin/pratiche", "main tbody a"), admin: true },
  {
    name: "admin-modifica-errori",
    path: firstHref("/admin/pratiche", "main tbody a"),
    admin: true,
    prepare: async (page) => {
      // Shows the validation errors; nothing is saved.
      await page.getByLabel("Titolo").fill("abc");
      await page.getByRole("button", { name: "Salva" }).click();
      await page.locator("#titolo-error").waitFor();
      await page.locator('main p[role="alert"]').evaluate((alert) => alert.scrollIntoView({ block: "start" }));
      await page.evaluate(() => window.scrollBy(0, -24));
    },
  },
];

const db = await openTestDatabase("screenshots");
let server: ReturnType<typeof spawn> | undefined;
let exitCode = 1;
try {
  await prepareDatabase(db.url);
  const prisma = createPrismaClient(db.url);
  try {
    await createUser(prisma, { ...ACCOUNT });
  } finally {
    await prisma.$disconnect();
  }
  const port = await findFreePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_URL: db.url, NODE_ENV: "production" as const, SITE_URL: baseURL };
  await ensureBuild(DIST_DIR, env);
  server = spawn(process.execPath, serveArgs(port, "127.0.0.1"), {
    stdio: "inherit",
    env: { ...env, NEXT_DIST_DIR: DIST_DIR },
  });
  await waitForServer(baseURL);

  mkdirSync(OUT, { recursive: true });
  const browser = await playwright.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--hide-scrollbars",
    ],
  });
  try {
    for (const [device, width] of Object.entries(WIDTHS)) {
      const context = await browser.newContext({
        baseURL,
        locale: "it-IT",
        viewport: { width, height: device === "mobile" ? 844 : 900 },
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      await signIn(page);
      for (const shot of SHOTS) {
        const target = await shot.path(page);
        await page.goto(target);
        await page.evaluate(() => document.fonts.ready);
        await shot.prepare?.(page);
        const file = path.join(OUT, `${shot.name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: shot.full ?? false });
        await page.emulateMedia({ media: "screen" });
        console.log(`✓ ${path.relative(process.cwd(), file)} (${target})`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  exitCode = 0;
} catch (error) {
  console.error(error);
} finally {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server!.once("exit", resolve));
  }
  await db.stop();
}
process.exit(exitCode);

async function signIn(page: Page) {
  await page.goto("/admin/login");
  await page.getByLabel("E-mail").fill(ACCOUNT.email);
  await page.getByLabel("Password").fill(ACCOUNT.password);
  await page.getByRole("button", { name: "Accedi" }).click();
  await page.waitForURL(/\/admin\/pratiche/);
}
