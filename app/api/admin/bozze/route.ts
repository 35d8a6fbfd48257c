import { adminRoute } from "@/lib/auth/admin-action";
import { autosaveSchema, discardSchema } from "@/lib/drafts/draft-request";
import { deleteEditorDraft, putEditorDraft } from "@/lib/drafts/queries";
import { Prisma } from "@/lib/generated/prisma/client";
import { CROSS_ORIGIN_MESSAGE, isSameOrigin } from "@/lib/server/same-origin";

// /api/admin/bozze: the sheet form's autosave (PUT) and "Scarta" (DELETE), for the signed-in
// editor's own draft. A route handler, not a server action: a refused server action answers with
// the page re-rendered, whose sign-in redirect would take the editor away from the form; here an
// expired session is a plain 401 the form handles by keeping the text in the browser.

async function body(request: Request) {
  try {
    return await request.json();
  } catch {
    return null;
  }
}

export const PUT = adminRoute("EDITOR", async (user, request: Request) => {
  if (!isSameOrigin(request)) return new Response(CROSS_ORIGIN_MESSAGE, { status: 403 });
  const parsed = autosaveSchema.safeParse(await body(request));
  if (!parsed.success) return Response.json({ ok: false, message: "Bozza non valida: non salvata." }, { status: 400 });
  const { practiceId, baseVersion, values, formKey } = parsed.data;
  try {
    const savedAt = await putEditorDraft(user.id, practiceId, baseVersion, values, formKey);
    return Response.json({ ok: true, savedAt: savedAt.toISOString() });
  } catch (error) {
    // A sheet deleted meanwhile (foreign key): nothing to keep the draft for.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003")
      return Response.json({ ok: false, message: "La scheda non esiste più: bozza non salvata." }, { status: 404 });
    throw error;
  }
});

export const DELETE = adminRoute("EDITOR", async (user, request: Request) => {
  if (!isSameOrigin(request)) return new Response(CROSS_ORIGIN_MESSAGE, { status: 403 });
  const parsed = discardSchema.safeParse(await body(request));
  if (!parsed.success) return Response.json({ ok: false }, { status: 400 });
  await deleteEditorDraft(user.id, parsed.data.practiceId, parsed.data.formKey);
  return Response.json({ ok: true });
});

/** Whether the session still holds, asked just before a save is sent (204 or 401). */
export const HEAD = adminRoute("EDITOR", async () => new Response(null, { status: 204 }));
