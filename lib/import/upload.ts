import { MAX_IMPORT_BODY_BYTES, MAX_IMPORT_BYTES } from "@/lib/import/limits";
import type { UploadError } from "@/lib/import/upload-errors";

// Reading an uploaded file without trusting the client: the body is cut off past the limit
// whether or not Content-Length was sent (or told the truth). The production server refuses such
// bodies before they reach Next (lib/server/request-limits.ts); this holds for a bare `next start`.

export type UploadResult =
  { file: { name: string; bytes: Uint8Array }; options: { clearBlanks: boolean } } | { error: UploadError };

/** The upload form's checkbox "le celle vuote cancellano" (unticked: empty cells leave fields alone). */
export const CLEAR_BLANKS_FIELD = "celle_vuote";

export async function readUploadedFile(request: Request): Promise<UploadResult> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BODY_BYTES) return { error: "dimensione" };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
    size += chunk.value.length;
    if (size > MAX_IMPORT_BODY_BYTES) {
      await reader!.cancel();
      return { error: "dimensione" };
    }
    chunks.push(chunk.value);
  }
  let form: FormData;
  try {
    form = await new Response(Buffer.concat(chunks), {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    return { error: "file" };
  }
  const file = form.get("file");
  // No file chosen: browsers send an empty one without a name. A chosen empty file is read, and
  // the import says it is empty.
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return { error: "file" };
  if (file.size > MAX_IMPORT_BYTES) return { error: "dimensione" };
  return {
    file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    options: { clearBlanks: form.get(CLEAR_BLANKS_FIELD) === "cancellano" },
  };
}
