// Accounts created by `npm test` in its throwaway database only (scripts/test.ts).
export const ACCOUNTS = {
  admin: {
    email: "admin@test.local",
    password: "prova-amministratore-2026",
    name: "Anna Amministratrice",
    role: "ADMIN",
  },
  editor: { email: "editor@test.local", password: "prova-redattore-2026", name: "Enrico Redattore", role: "EDITOR" },
  editor2: { email: "editor2@test.local", password: "prova-redattrice-2026", name: "Elena Redattrice", role: "EDITOR" },
  limited: {
    email: "limitato@test.local",
    password: "prova-limiti-accesso-2026",
    name: "Luca Limitato",
    role: "EDITOR",
  },
  owner: {
    email: "titolare@test.local",
    password: "prova-titolare-account-2026",
    name: "Tina Titolare",
    role: "EDITOR",
  },
  redirect: {
    email: "rinvio@test.local",
    password: "prova-rinvio-dopo-accesso-2026",
    name: "Rita Rinvio",
    role: "EDITOR",
  },
  changer: {
    email: "cambio@test.local",
    password: "prova-cambio-password-2026",
    name: "Carlo Cambio",
    role: "EDITOR",
  },
  session: {
    email: "sessione@test.local",
    password: "prova-sessione-scaduta-2026",
    name: "Sara Sessione",
    role: "EDITOR",
  },
  tabs: {
    email: "schede-nuove@test.local",
    password: "prova-schede-in-due-schede-2026",
    name: "Nora Nuove",
    role: "EDITOR",
  },
  device: {
    email: "dispositivo@test.local",
    password: "prova-dispositivo-noto-2026",
    name: "Dario Dispositivo",
    role: "EDITOR",
  },
} as const;

const AUTH_DIR = `test-results/${process.env.TEST_RUN_ID ?? "main"}/.auth`;

export const STORAGE_STATE = {
  admin: `${AUTH_DIR}/admin.json`,
  editor: `${AUTH_DIR}/editor.json`,
  editor2: `${AUTH_DIR}/editor2.json`,
} as const;
