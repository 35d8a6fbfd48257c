import type { PracticeStatus } from "@/lib/generated/prisma/enums";

const STYLE: Record<PracticeStatus, [string, string]> = {
  DRAFT: ["Bozza", "bg-surface text-ink border-line"],
  PUBLISHED: ["Pubblicata", "bg-green-50 text-success border-success"],
  ARCHIVED: ["Archiviata", "bg-surface text-muted border-muted"],
};

export function StatusBadge({ status }: { status: PracticeStatus }) {
  const [label, style] = STYLE[status];
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${style}`}>{label}</span>;
}
