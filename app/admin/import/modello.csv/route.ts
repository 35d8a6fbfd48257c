import { adminAction } from "@/lib/auth/admin-action";
import { templateCsv } from "@/lib/import/template";

export const GET = adminAction("EDITOR", async () => {
  return new Response(templateCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="modello-schede.csv"',
      "Cache-Control": "private, no-store",
    },
  });
});
