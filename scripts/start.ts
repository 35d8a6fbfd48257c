// npm start — the whole site from one command: database (embedded when DATABASE_URL is unset),
// migrations, reference data and (on an empty catalogue) the illustrative sheets, production
// build when the sources changed, then the production server (scripts/serve.ts) on PORT (3000).
import { spawn } from "node:child_process";
import { ensureBuild, serveArgs } from "./lib/build.ts";
import { openDatabase } from "./lib/database.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";

const port = process.env.PORT ?? "3000";
const db = await openDatabase();
console.log(
  !db.embedded
    ? "Uso il database di DATABASE_URL."
    : db.shared
      ? `PostgreSQL integrato già in esecuzione (dati in .data/postgres, porta ${db.port}): lo uso.`
      : `PostgreSQL integrato avviato (dati in .data/postgres, porta ${db.port}).`,
);

let server: ReturnType<typeof spawn> | undefined;
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server!.once("exit", resolve));
  }
  await db.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(130));
process.on("SIGTERM", () => void shutdown(143));

try {
  await prepareDatabase(db.url);

  const env = { ...process.env, DATABASE_URL: db.url, NODE_ENV: "production" as const };
  await ensureBuild(process.env.NEXT_DIST_DIR || ".next", env, { force: process.argv.includes("--build") });
  server = spawn(process.execPath, serveArgs(port), { stdio: "inherit", env });
  console.log(`Avvio del catalogo su http://localhost:${port} …`);
  server.on("exit", (code) => void shutdown(code ?? 0));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}
