import { siteUrl } from "@/lib/env";
import { fetchLatestUpdate } from "@/lib/open-data/catalogue";
import { dcatGraph } from "@/lib/open-data/dcat";

/** The DCAT-AP_IT graph as of the last change of the catalogue. */
export async function currentDcatGraph() {
  const latest = await fetchLatestUpdate();
  return dcatGraph(siteUrl(), (latest ?? new Date(0).toISOString()).slice(0, 10));
}
