import { requireActionUser } from "@/lib/auth/session";
import { templateCsv } from "@/lib/import/template";

export async function GET() {
  await requireActionUser("EDITOR");
  return new Response(templateCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="modello-schede.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
