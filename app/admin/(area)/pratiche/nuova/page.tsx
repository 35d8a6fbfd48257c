import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PracticeForm } from "@/components/admin/practice-form";
import { requirePageUser } from "@/lib/auth/session";
import { proposePracticeCode } from "@/lib/practices/proposed-code";
import { getNewSheetDrafts } from "@/lib/drafts/queries";
import { comparableValues, withMergedTermValues } from "@/lib/practices/form-values";
import { listEntitiesForPicker, loadReference } from "@/lib/practices/reference";

export const metadata: Metadata = { title: "Nuova scheda — area riservata" };

export default async function NewPracticePage() {
  const user = await requirePageUser("EDITOR", "/admin/pratiche/nuova");
  const [reference, entities, drafts, code] = await Promise.all([
    loadReference(),
    listEntitiesForPicker(),
    getNewSheetDrafts(user.id),
    proposePracticeCode(),
  ]);
  const initialValues = { stato: "bozza", sostenibilita: "non-noto" };
  const untouched = comparableValues(initialValues);
  const savedDrafts = drafts
    .map((draft) => ({ ...draft, values: withMergedTermValues(draft.values, reference.aliases) }))
    .filter((draft) => comparableValues(draft.values) !== untouched);
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs items={[{ label: "Schede", href: "/admin/pratiche" }, { label: "Nuova scheda" }]} />
      <h1 className="text-3xl font-bold">Nuova scheda</h1>
      <PracticeForm
        initialValues={{ ...initialValues, codice: code }}
        savedDrafts={savedDrafts}
        draftKey={randomUUID()}
        reference={reference}
        entities={entities}
      />
    </div>
  );
}
