// npm run dev — `next dev` against the same database `npm start` uses (embedded unless DATABASE_URL).
import { spawn } from "node:child_process";
import { nextBin } from "./lib/build.ts";
import { openDatabase } from "./lib/database.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";

const db = await openDatabase();
await prepareDatabase(db.url);

const server = spawn(process.execPath, [nextBin(), "dev", "-p", process.env.PORT ?? "3000"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: db.url },
});
const stop = () => server.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", async (code) => {
  await db.stop();
  process.exit(code ?? 0);
});
