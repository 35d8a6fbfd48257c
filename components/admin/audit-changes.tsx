import type { AuditChanges } from "@/lib/audit/changes-json";

const COUNT_LABELS: Record<string, string> = {
  create: "create",
  update: "aggiornate",
  unchanged: "invariate",
};

/** What an audit event changed: a sentence, counts, and fields before → after. */
export function AuditChangesView({ changes }: { changes: AuditChanges }) {
  return (
    <div className="flex flex-col gap-1">
      {changes.note && <p>{changes.note}</p>}
      {changes.counts && (
        <p>
          {Object.entries(changes.counts)
            .map(([key, value]) => `${value} ${COUNT_LABELS[key] ?? key}`)
            .join(", ")}
        </p>
      )}
      {changes.fields && changes.fields.length > 0 && (
        <ul className="flex flex-col gap-1">
          {changes.fields.map((field) => (
            <li key={field.field}>
              <span className="font-semibold">{field.label}:</span> <del className="bg-red-50">{field.before}</del>
              {" → "}
              <ins className="bg-green-50 no-underline">{field.after}</ins>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
