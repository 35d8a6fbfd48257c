import { adminRoute } from "@/lib/auth/admin-action";
import { templateCsv } from "@/lib/import/template";

export const GET = adminRoute("EDITOR", async () => {
  return new Response(templateCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="modello-schede.csv"',
      "Cache-Control": "private, no-store",
    },
  });
});
