import type { NewsEntry } from "@/lib/open-data/atom";
import { FOLLOW_UP_LABELS } from "@/lib/open-collection/labels";
import type { listRecentOpenCollection } from "@/lib/open-collection/queries";

// Approved replications and follow-ups as Atom entries: "Replicata da …", "Com'è andata dopo: …".
// Only public fields; an entry's id is the row's, so a re-read feed shows no duplicates.

const day = (date: Date) => date.toISOString().slice(0, 10);

export function openCollectionNews(
  recent: Awaited<ReturnType<typeof listRecentOpenCollection>>,
  baseUrl: string,
): NewsEntry[] {
  const replications = recent.replications.map((r) => ({
    key: `replica:${r.id}`,
    title: `Replicata da ${r.entityName}: ${r.practice.title}`,
    href: `${baseUrl}/pratiche/${r.practice.slug}#repliche`,
    updated: r.approvedAt.toISOString(),
    summary: `${r.entityName} ha replicato «${r.practice.title}»${r.startDate ? ` dal ${day(r.startDate)}` : ""}. ${r.note ?? r.changes}`,
  }));
  const followUps = recent.followUps.map((f) => ({
    key: `aggiornamento:${f.id}`,
    title: `Com'è andata dopo: ${f.practice.title} — ${FOLLOW_UP_LABELS[f.status].toLowerCase()}`,
    href: `${baseUrl}/pratiche/${f.practice.slug}`,
    updated: f.approvedAt.toISOString(),
    summary: `Aggiornamento del ${day(f.date)}: ${f.text}`,
  }));
  return [...replications, ...followUps].sort((a, b) => b.updated.localeCompare(a.updated));
}
