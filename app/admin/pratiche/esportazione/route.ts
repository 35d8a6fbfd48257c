import { adminRoute } from "@/lib/auth/admin-action";
import { exportSelection } from "@/lib/practices/bulk-export";
import { bulkInput, bulkSelectionSchema } from "@/lib/practices/bulk.validation";

// "Esporta" of the admin list's selection, once confirmed: a CSV of the selected sheets in any
// status, in the open-data columns, recorded in the audit log.
export const POST = adminRoute("EDITOR", async (user, request: Request) => {
  const { id } = bulkSelectionSchema.parse(bulkInput(await request.formData()));
  if (id.length === 0) return new Response("Nessuna scheda selezionata.", { status: 400 });
  const csv = await exportSelection(id, user.id);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="schede-selezionate.csv"',
      "Cache-Control": "private, no-store",
    },
  });
});
