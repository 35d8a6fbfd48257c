import { REGIONS } from "../../prisma/seed/regions.ts";
import type { Scenario } from "./load.ts";
import { cycleAt, itemAt } from "../../lib/item-at.ts";

// The benchmark's scenarios. The filtered listing varies regione × area × tipo × words on every
// request, so the listing's cache (keyed by filters) hides almost none of the work.

export const AREAS = [
  "famiglia-minori",
  "disabili",
  "dipendenze",
  "anziani",
  "immigrati-rom-sinti-caminanti",
  "poverta-disagio-adulti",
  "multiutenza",
];
export const TYPES = ["nuovo", "rafforzato", "misto"];
export const WORDS = [
  "spesa a domicilio",
  "volontari",
  "buoni spesa",
  "videochiamate",
  "anziani soli",
  "supporto psicologico",
  "consegna farmaci",
  "didattica a distanza",
  "telefono",
  "pasti",
  "povertà",
  "minori",
  "disabilità",
  "centro diurno",
  "assistenza domiciliare",
  "numero verde",
  "protezione civile",
  "caritas",
  "tablet",
  "emergenza",
];

// `extra` keeps the API's cache keys apart from the page's (both cache searches by filters).
function variedFiltered(prefix: string, extra = "") {
  let i = 0;
  return () => {
    i++;
    const region = cycleAt(REGIONS, i * 7).slug;
    const area = cycleAt(AREAS, i * 3);
    const type = cycleAt(TYPES, i);
    const words = cycleAt(WORDS, i * 11);
    return `${prefix}?regione=${region}&area=${area}&tipo=${type}&q=${encodeURIComponent(words)}${extra}`;
  };
}

export const CEILING_A = "ceiling A: static page";
export const CEILING_B = "ceiling B: dynamic, no data";

export function listingScenarios(samples: { practice: string; region: string }): Scenario[] {
  void samples;
  return [
    { name: "/pratiche (unfiltered)", path: "/pratiche" },
    { name: "/pratiche 3 facets + q (varied)", path: variedFiltered("/pratiche") },
    { name: "/api/v1/pratiche 3 facets + q (varied)", path: variedFiltered("/api/v1/pratiche", "&ordina=titolo") },
  ];
}

export function siteScenarios(samples: { practice: string; region: string }): Scenario[] {
  return [
    { name: CEILING_A, path: "/prova-carico/statica" },
    { name: CEILING_B, path: "/prova-carico/dinamica" },
    { name: "/ (home)", path: "/" },
    ...listingScenarios(samples).slice(0, 2),
    { name: "detail page", path: `/pratiche/${samples.practice}` },
    { name: "region page", path: `/regioni/${samples.region}` },
    itemAt(listingScenarios(samples), 2),
    { name: "/open-data/pratiche.csv", path: "/open-data/pratiche.csv" },
  ];
}
