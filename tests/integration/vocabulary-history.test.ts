import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { vocabularyEventsOf } from "@/lib/audit/queries";
import { createSession, deleteSession } from "@/lib/auth/session-store";
import { db } from "@/lib/db";
import { loadAliases, withoutAliases } from "@/lib/vocabularies/aliases";
import { refreshSearchExtra } from "@/lib/vocabularies/term-changes";
import { ACCOUNTS } from "@/tests/e2e/support/accounts";

// Vocabulary merges and renames are history: recorded in the audit log with the sheets they
// touched (shown in each sheet's history), undone exactly by an administrator, and old links to a
// merged value lead to the surviving one. Through the real server actions on the real database.

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, refresh: () => {}, updateTag: () => {} }));
vi.mock("next/server", () => ({ after: () => {} }));

const { addTermAction, mergeTermsAction, undoTermChangeAction, updateTermAction } =
  await import("@/lib/vocabularies/actions");

let token: string;
let sheets: number[];
let from: { id: number; slug: string; label: string; position: number; description: string | null };
let into: { id: number; slug: string; label: string };

const form = (values: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, String(value));
  return data;
};

async function run(call: () => Promise<unknown>) {
  try {
    return await call();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    throw error;
  }
}

const links = () =>
  db.practiceTerm.findMany({
    where: { termId: { in: [from.id, into.id] } },
    select: { practiceId: true, termId: true },
    orderBy: [{ termId: "asc" }, { practiceId: "asc" }],
  });
const sheetState = () =>
  db.practice.findMany({
    where: { id: { in: sheets } },
    select: { id: true, searchExtra: true, facetKeys: true, version: true, updatedAt: true },
    orderBy: { id: "asc" },
  });

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  const admin = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.admin.email } });
  token = (await createSession(db, admin.id, {})).token;
  jar.set("sessione_admin", token);
  for (const label of ["Registro prova uno", "Registro prova due"])
    expect(
      await addTermAction({}, form({ vocabolario: "tecnologia", label, description: `Descrizione ${label}` })),
    ).toMatchObject({ ok: true });
  const [one, two] = await db.term.findMany({
    where: { label: { in: ["Registro prova uno", "Registro prova due"] } },
    orderBy: { id: "asc" },
  });
  from = one!;
  into = two!;
  // A has only `from`, B has both, C only `into`.
  sheets = (await db.practice.findMany({ where: { isSample: true }, orderBy: { id: "asc" }, take: 3 })).map(
    (p) => p.id,
  );
  const [a, b, c] = sheets as [number, number, number];
  await db.practiceTerm.createMany({
    data: [
      { practiceId: a, termId: from.id },
      { practiceId: b, termId: from.id },
      { practiceId: b, termId: into.id },
      { practiceId: c, termId: into.id },
    ],
  });
  await db.$transaction((tx) => refreshSearchExtra(tx, sheets));
});

afterAll(async () => {
  await db.term.deleteMany({ where: { label: { startsWith: "Registro prova" } } });
  await db.$transaction((tx) => refreshSearchExtra(tx, sheets));
  await deleteSession(db, token);
  await db.$disconnect();
});

describe("merge", () => {
  it("is recorded with its sheets, shown in their history, and old links lead to the surviving value", async () => {
    const outcome = await run(() => mergeTermsAction({}, form({ termId: from.id, into: into.id, confirm: "on" })));
    expect(outcome).toMatchObject({ redirect: expect.stringContaining(`/admin/vocabolari/tecnologia/${into.slug}`) });
    expect(await db.term.findUnique({ where: { id: from.id } })).toBeNull();

    const [event] = await db.auditEvent.findMany({ where: { action: "term.merge" }, orderBy: { id: "desc" }, take: 1 });
    expect(event?.practiceIds.sort()).toEqual(sheets.slice(0, 2).sort());
    expect((await vocabularyEventsOf(sheets[0]!)).map((e) => e.id)).toContain(event!.id);
    expect((await vocabularyEventsOf(sheets[2]!)).map((e) => e.id)).not.toContain(event!.id);

    const aliases = await loadAliases(db);
    const moved = withoutAliases(new URLSearchParams(`tecnologia=${from.slug}&area=anziani&pagina=3`), aliases);
    expect(moved?.toString()).toBe(`tecnologia=${into.slug}&area=anziani`);
    expect(withoutAliases(new URLSearchParams(`tecnologia=${into.slug}`), aliases)).toBeNull();
  });

  it("is undone exactly: the value with its id, slug, label and position, and the same sheets as before", async () => {
    // What the catalogue looked like before the merge, rebuilt from the fixture: A→from, B→both, C→into.
    const [a, b, c] = sheets as [number, number, number];
    const stateBeforeUndo = await sheetState();
    const [event] = await db.auditEvent.findMany({ where: { action: "term.merge" }, orderBy: { id: "desc" }, take: 1 });
    const answer = (await undoTermChangeAction({}, form({ evento: event!.id }))) as { ok?: boolean; message?: string };
    expect(answer).toMatchObject({ ok: true });

    expect(await db.term.findUnique({ where: { id: from.id } })).toMatchObject({
      slug: from.slug,
      label: from.label,
      description: from.description,
      position: from.position,
      vocabulary: "TECHNOLOGY",
    });
    expect(await links()).toEqual(
      [
        { practiceId: a, termId: from.id },
        { practiceId: b, termId: from.id },
        { practiceId: b, termId: into.id },
        { practiceId: c, termId: into.id },
      ].sort((x, y) => x.termId - y.termId || x.practiceId - y.practiceId),
    );
    // Search text and facets back with the value's label; no version written for the sheets.
    const after = await sheetState();
    expect(after.map((s) => s.version)).toEqual(stateBeforeUndo.map((s) => s.version));
    expect(after.find((s) => s.id === a)?.searchExtra).toContain(from.label);
    expect(after.find((s) => s.id === a)?.facetKeys).toContain(from.id);
    expect(after.find((s) => s.id === a)?.facetKeys).not.toContain(into.id);

    expect(withoutAliases(new URLSearchParams(`tecnologia=${from.slug}`), await loadAliases(db))).toBeNull();
    expect(await db.auditEvent.findUnique({ where: { id: event!.id } })).toMatchObject({ undoneAt: expect.any(Date) });
    const [undo] = await db.auditEvent.findMany({ where: { action: "term.undo" }, orderBy: { id: "desc" }, take: 1 });
    expect(undo?.practiceIds.sort()).toEqual([a, b].sort());
    expect(await undoTermChangeAction({}, form({ evento: event!.id }))).toMatchObject({
      message: "Questa modifica è già stata annullata.",
    });
  });
});

describe("rename", () => {
  it("is recorded for the sheets that show the label, and undone", async () => {
    const answer = await updateTermAction(
      {},
      form({ termId: from.id, label: "Registro prova rinominata", description: "" }),
    );
    expect(answer).toMatchObject({ ok: true });
    const [event] = await db.auditEvent.findMany({
      where: { action: "term.rename" },
      orderBy: { id: "desc" },
      take: 1,
    });
    expect(event?.practiceIds.sort()).toEqual(sheets.slice(0, 2).sort());
    expect(event?.changes).toMatchObject({
      fields: [
        { field: "label", before: from.label, after: "Registro prova rinominata" },
        { field: "description", before: from.description, after: "—" },
      ],
    });
    expect((await vocabularyEventsOf(sheets[1]!)).map((e) => e.action)).toContain("term.rename");

    expect(await undoTermChangeAction({}, form({ evento: event!.id }))).toMatchObject({ ok: true });
    expect(await db.term.findUnique({ where: { id: from.id } })).toMatchObject({
      label: from.label,
      description: from.description,
    });
    expect((await sheetState()).find((s) => s.id === sheets[0])?.searchExtra).toContain(from.label);
  });
});
