import { adminRoute } from "@/lib/auth/admin-action";
import { db } from "@/lib/db";
import { analyseImport, saveImportJob } from "@/lib/import/analyse";
import { UPLOAD_ERRORS } from "@/lib/import/upload-errors";
import { readUploadedFile } from "@/lib/import/upload";
import { loadReference } from "@/lib/practices/reference";
import { CROSS_ORIGIN_MESSAGE, isSameOrigin } from "@/lib/server/same-origin";

// POST /api/admin/import: the upload form's target. A route handler, not a server action (whose
// body limit is 1 MB). The production server has already refused a body over the limit with 413
// (lib/server/request-limits.ts). Reads the file, runs the dry run, records the job and sends the
// browser to its preview: a 303 for the plain form, JSON for the script that shows progress.

export const POST = adminRoute("EDITOR", async (user, request: Request) => {
  if (!isSameOrigin(request)) return new Response(CROSS_ORIGIN_MESSAGE, { status: 403 });
  const wantsJson = request.headers.get("accept")?.includes("application/json") ?? false;

  const upload = await readUploadedFile(request);
  if ("error" in upload) {
    return wantsJson
      ? Response.json({ error: UPLOAD_ERRORS[upload.error] }, { status: upload.error === "dimensione" ? 413 : 400 })
      : seeOther(`/admin/import?errore=${upload.error}`);
  }
  const analysis = await analyseImport(db, await loadReference(), upload.file, upload.options);
  const job = await saveImportJob(db, analysis, user.id);
  const location = `/admin/import/${job.id}`;
  return wantsJson ? Response.json({ location }) : seeOther(location);
});

function seeOther(location: string) {
  return new Response(null, { status: 303, headers: { Location: location } });
}
