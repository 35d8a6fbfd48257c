import { Link } from "@/components/link";

/** Links between a sheet's admin pages. */
export function PracticeTabs({
  id,
  current,
  publicSlug,
}: {
  id: number;
  current: "modifica" | "anteprima" | "storico" | "aggiornamenti";
  publicSlug: string | null;
}) {
  const tabs = [
    { key: "modifica", href: `/admin/pratiche/${id}`, label: "Modifica" },
    { key: "anteprima", href: `/admin/pratiche/${id}/anteprima`, label: "Anteprima" },
    { key: "storico", href: `/admin/pratiche/${id}/storico`, label: "Storico delle modifiche" },
    { key: "aggiornamenti", href: `/admin/pratiche/${id}/aggiornamenti`, label: "Com'è andata dopo" },
  ];
  return (
    <nav aria-label="Pagine della scheda" className="flex flex-wrap gap-4 border-b border-line pb-2">
      {tabs.map((tab) =>
        tab.key === current ? (
          <span key={tab.key} aria-current="page" className="font-bold">
            {tab.label}
          </span>
        ) : (
          <Link key={tab.key} href={tab.href}>
            {tab.label}
          </Link>
        ),
      )}
      {publicSlug && (
        <Link href={`/pratiche/${publicSlug}`} className="ml-auto">
          Pagina pubblica ↗
        </Link>
      )}
    </nav>
  );
}
