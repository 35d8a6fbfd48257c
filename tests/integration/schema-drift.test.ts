import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { diffMigrationsToSchema, migrationStatements, SCHEMA_PATH } from "../../scripts/lib/schema-engine.ts";

// prisma/schema.prisma (what the client is generated from) and prisma/migrations (what databases
// are built from) must describe the same database. Prisma's schema engine replays the migrations
// on a scratch database and compares them with the schema.

it("the migrations build exactly the database prisma/schema.prisma describes", async () => {
  const drift = migrationStatements(await diffMigrationsToSchema(process.env.DATABASE_URL!));
  expect(
    drift,
    "prisma/schema.prisma and prisma/migrations disagree: `npm run db:migration:create -- name` writes the missing migration",
  ).toBe("");
}, 120_000);

it("a model missing from the migrations is reported", async () => {
  const schema = `${readFileSync(SCHEMA_PATH, "utf8")}\nmodel DriftProbe {\n  id Int @id\n}\n`;
  expect(migrationStatements(await diffMigrationsToSchema(process.env.DATABASE_URL!, schema))).toContain(
    'CREATE TABLE "DriftProbe"',
  );
}, 120_000);
