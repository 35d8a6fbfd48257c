"use client";

import { Link } from "@/components/link";

/** A replication as listed: the words decided on the server (replications-section.tsx). */
export type ListedReplication = [
  id: number,
  entityName: string,
  /** "Province, " or "". */
  province: string,
  region: [slug: string, name: string],
  /** ", da maggio 2021" or "". */
  since: string,
  note: string | null,
  changes: string,
  entitySheets: [slug: string, title: string][],
];

/**
 * The list of entities that replicated a sheet. A client component so that a much replicated
 * sheet's payload carries each replication's words once, not its element tree beside them.
 */
export function ReplicationList({ replications }: { replications: ListedReplication[] }) {
  return (
    <ul className="flex flex-col gap-4">
      {replications.map(([id, entityName, province, [regionSlug, regionName], since, note, changes, sheets]) => (
        <li key={id} className="flex flex-col gap-1" data-testid="replication">
          <p className="font-semibold">
            {entityName}
            <span className="font-normal text-muted">
              {" "}
              — {province}
              <Link href={`/regioni/${regionSlug}`}>{regionName}</Link>
              {since}
            </span>
          </p>
          {note && <p className="whitespace-pre-line">{note}</p>}
          <p className="whitespace-pre-line text-sm">
            <span className="font-semibold">Cosa ha cambiato:</span> {changes}
          </p>
          {sheets.length > 0 && (
            <p className="text-sm">
              Nel catalogo:{" "}
              {sheets.map(([slug, title], i) => (
                <span key={slug}>
                  {i > 0 && "; "}
                  <Link href={`/pratiche/${slug}`}>{title}</Link>
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
