import { adminRoute } from "@/lib/auth/admin-action";
import { templateXlsx } from "@/lib/import/template";
import { loadReference } from "@/lib/practices/reference";

export const GET = adminRoute("EDITOR", async () => {
  return new Response(new Uint8Array(await templateXlsx(await loadReference())), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": 'attachment; filename="modello-schede.xlsx"',
      "Cache-Control": "private, no-store",
    },
  });
});
