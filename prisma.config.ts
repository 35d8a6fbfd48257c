import { defineConfig } from "prisma/config";

// DATABASE_URL is optional here: `prisma generate` needs none, and the project's own scripts
// (scripts/lib/database.ts) start the embedded Postgres and pass its URL when it is unset.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unset" },
});
