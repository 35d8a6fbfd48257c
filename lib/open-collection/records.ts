import type { z } from "zod";
import type { FollowUpRecordSchema, ReplicationRecordSchema } from "@/lib/api/schemas";
import { FOLLOW_UP_STATUSES } from "@/lib/open-collection/labels";
import type { OpenCollection } from "@/lib/open-collection/queries";
import { ENTITY_KINDS } from "@/lib/practices/enum-labels";

// A sheet's replications and follow-ups as the API answers them: only public fields, never the
// sender's (those are not even read: see queries.ts).

const coded = (options: { value: string; slug: string; label: string }[], value: string) => {
  const option = options.find((o) => o.value === value);
  return { slug: option?.slug ?? value.toLowerCase(), etichetta: option?.label ?? value };
};

const day = (date: Date) => date.toISOString().slice(0, 10);

export function replicationRecords(
  collection: OpenCollection,
  baseUrl: string,
): z.infer<typeof ReplicationRecordSchema>[] {
  return collection.replications.map((r) => ({
    ente: r.entityName,
    tipo_ente: coded(ENTITY_KINDS, r.entityKind),
    codice_istat: null,
    provincia: r.province,
    regione: { slug: r.region.slug, nome: r.region.name, codice_istat: String(r.region.id).padStart(2, "0") },
    data_avvio: r.startDate ? day(r.startDate) : null,
    cosa_cambia: r.changes,
    nota: r.note,
    schede_ente: r.entitySheets.map((sheet) => `${baseUrl}/pratiche/${sheet.slug}`),
  }));
}

export function followUpRecords(collection: OpenCollection): z.infer<typeof FollowUpRecordSchema>[] {
  return collection.followUps.map((f) => ({
    data: day(f.date),
    stato: coded(FOLLOW_UP_STATUSES, f.status),
    testo: f.text,
    dalla_redazione: f.byStaff,
  }));
}
