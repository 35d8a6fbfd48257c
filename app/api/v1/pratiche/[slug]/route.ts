import type { NextRequest } from "next/server";
import { jsonResponse, notFoundProblem, preflightResponse } from "@/lib/api/http";
import { siteUrl } from "@/lib/env";
import { SAMPLE_NOTE } from "@/lib/open-data/licence";
import { practiceRecord } from "@/lib/open-data/record";
import { fetchOpenCollection, fetchReplicationSummaries } from "@/lib/open-collection/catalogue";
import { followUpRecords, replicationRecords } from "@/lib/open-collection/records";
import { fetchPractice } from "@/lib/practices/catalogue";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const practice = /^[a-z0-9-]{1,120}$/.test(slug) ? await fetchPractice(slug) : null;
  if (!practice) return notFoundProblem(request, `Nessuna scheda pubblicata con slug «${slug.slice(0, 120)}».`);
  const base = siteUrl();
  const [collection, summaries] = await Promise.all([
    fetchOpenCollection(practice.slug, practice.id, practice.entityId),
    fetchReplicationSummaries([practice.id]),
  ]);
  return jsonResponse(request, {
    avviso: practice.isSample ? SAMPLE_NOTE : null,
    pratica: practiceRecord(practice, base, summaries),
    repliche: collection ? replicationRecords(collection, base) : [],
    aggiornamenti: collection ? followUpRecords(collection) : [],
  });
}

export function OPTIONS() {
  return preflightResponse();
}
