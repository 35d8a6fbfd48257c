import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PracticeForm } from "@/components/admin/practice-form";
import { requirePageUser } from "@/lib/auth/session";
import { proposePracticeCode } from "@/lib/practices/proposed-code";
import { listEntitiesForPicker, loadReference } from "@/lib/practices/reference";

export const metadata: Metadata = { title: "Nuova scheda — area riservata" };

export default async function NewPracticePage() {
  await requirePageUser("EDITOR", "/admin/pratiche/nuova");
  const [reference, entities, code] = await Promise.all([
    loadReference(),
    listEntitiesForPicker(),
    proposePracticeCode(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs items={[{ label: "Schede", href: "/admin/pratiche" }, { label: "Nuova scheda" }]} />
      <h1 className="text-3xl font-bold">Nuova scheda</h1>
      <PracticeForm
        initialValues={{ codice: code, stato: "bozza", sostenibilita: "non-noto" }}
        reference={reference}
        entities={entities}
      />
    </div>
  );
}
