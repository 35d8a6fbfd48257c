import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PracticeTabs } from "@/components/admin/practice-tabs";
import { PracticeDetail } from "@/components/practices/practice-detail";
import { requirePageUser } from "@/lib/auth/session";
import { parseId } from "@/lib/route-params";
import { getEditingHead, getPracticeForEdit } from "@/lib/practices/admin-queries";
import { draftFromSnapshot } from "@/lib/practices/mutations";
import { detailWith, previewOfUnsavedEdits } from "@/lib/practices/preview";

export const metadata: Metadata = { title: "Anteprima scheda — area riservata" };

const dateTime = new Intl.DateTimeFormat("it-IT", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Rome" });

export default async function PreviewPracticePage({
  params,
  searchParams,
}: PageProps<"/admin/pratiche/[id]/anteprima">) {
  const { id: rawId } = await params;
  const user = await requirePageUser("EDITOR", `/admin/pratiche/${rawId}/anteprima`);
  const id = parseId(rawId);
  const practice = id ? await getPracticeForEdit(id) : null;
  if (!practice) notFound();
  const unsaved = (await searchParams).modifiche === "1" ? await previewOfUnsavedEdits(user.id, practice) : null;
  // Saved changes of a published sheet not yet published: shown as they will be once published.
  const head = await getEditingHead(practice);
  const saved = head.draft ? await detailWith(practice, draftFromSnapshot(head.snapshot)) : practice;
  const shown = unsaved && "detail" in unsaved ? unsaved.detail : saved;
  return (
    <div className="flex flex-col gap-6">
      <PracticeTabs
        id={practice.id}
        current="anteprima"
        publicSlug={practice.status === "PUBLISHED" ? practice.slug : null}
      />
      {unsaved && "detail" in unsaved ? (
        <p
          role="note"
          className="rounded border-l-4 border-warning bg-yellow-50 px-3 py-2"
          data-testid="preview-unsaved"
        >
          Anteprima delle tue modifiche non ancora salvate (come erano alle {dateTime.format(new Date(unsaved.savedAt))}
          ): così apparirà la scheda sul sito pubblico dopo il salvataggio
          {shown.status === "PUBLISHED" ? "" : " e la pubblicazione"}.
        </p>
      ) : (
        <p role="note" className="rounded border-l-4 border-primary bg-primary-lightest px-3 py-2">
          {head.draft
            ? "Anteprima delle modifiche salvate e non ancora pubblicate: così apparirà la scheda sul sito pubblico dopo «Pubblica modifiche»."
            : `Anteprima: così apparirà la scheda sul sito pubblico${practice.status === "PUBLISHED" ? "" : " quando sarà pubblicata"}.`}
        </p>
      )}
      {unsaved && "errors" in unsaved && (
        <div role="alert" className="rounded border-l-4 border-danger bg-red-50 px-3 py-2">
          <p className="font-semibold">
            Le modifiche non salvate hanno campi da correggere: qui sotto la versione salvata.
          </p>
          <ul className="list-disc pl-6">
            {Object.values(unsaved.errors)
              .flat()
              .map((message) => (
                <li key={message}>{message}</li>
              ))}
          </ul>
        </div>
      )}
      <PracticeDetail practice={shown} />
    </div>
  );
}
