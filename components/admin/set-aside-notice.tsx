import { Link } from "@/components/link";

const dateTime = new Intl.DateTimeFormat("it-IT", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Rome" });

export type SetAside = {
  version: number;
  by: string | null;
  savedAt: Date | null;
  setAsideAt: Date;
  byImport: boolean;
};

/** Tells the sheet's editors (the draft's author first) that a live write set their pending draft aside. */
export function SetAsideNotice({ practiceId, setAside }: { practiceId: number; setAside: SetAside }) {
  const writer = setAside.byImport ? "Un'importazione" : "Un'archiviazione in blocco";
  const draft = [setAside.by && `di ${setAside.by}`, setAside.savedAt && `del ${dateTime.format(setAside.savedAt)}`]
    .filter(Boolean)
    .join(", ");
  return (
    <p
      role="note"
      className="rounded border-l-4 border-warning bg-warning-light px-3 py-2"
      data-testid="draft-set-aside"
    >
      {writer} del {dateTime.format(setAside.setAsideAt)} ha sostituito le modifiche non pubblicate della versione{" "}
      {setAside.version}
      {draft && ` (${draft})`}. Non sono perse: le trovi nello{" "}
      <Link href={`/admin/pratiche/${practiceId}/storico`} className="font-semibold">
        Storico
      </Link>
      , da dove puoi ripristinarle.
    </p>
  );
}
