import { REGIONS } from "../../prisma/seed/regions.ts";
import type { Scenario } from "./load.ts";
import { cycleAt, itemAt } from "../../lib/item-at.ts";

// The benchmark's scenarios. The filtered listing varies regione × area × tipo × words on every
// request, and its address carries the request's number, so neither the data cache (keyed by
// filters) nor the production server's listing cache (keyed by address) hides the work; a second
// listing scenario repeats one address, which the listing cache answers.

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
function variedFiltered(prefix: string, extra = "", numbered = false) {
  let i = 0;
  return () => {
    i++;
    const region = cycleAt(REGIONS, i * 7).slug;
    const area = cycleAt(AREAS, i * 3);
    const type = cycleAt(TYPES, i);
    const words = cycleAt(WORDS, i * 11);
    const n = numbered ? `&n=${i}` : "";
    return `${prefix}?regione=${region}&area=${area}&tipo=${type}&q=${encodeURIComponent(words)}${extra}${n}`;
  };
}

// The ceilings are measured on a bare Next app of the same version (tests/bench/bare-next, plain
// `next start`); the site's own /prova-carico pages are the same two pages inside its layout and
// behind scripts/serve.ts, so the layout's and the wrapper's cost show against them.
export const CEILING_A = "ceiling A: bare Next, static page";
export const CEILING_B = "ceiling B: bare Next, dynamic page";
export const SITE_STATIC = "site layout + wrapper, static page";
export const SITE_DYNAMIC = "site layout + wrapper, dynamic page";

export const ceilingScenarios: Scenario[] = [
  { name: CEILING_A, path: "/" },
  { name: CEILING_B, path: "/dinamica" },
];

/** B's page with the site's framework settings, Cache Components and a proxy (tests/bench/bare-next-site-mode). */
export const siteModeCeiling: Scenario = {
  name: "ceiling B′: bare Next + Cache Components + pass-through proxy",
  path: "/dinamica",
};

export function listingScenarios(samples: { practice: string; region: string }): Scenario[] {
  return [
    { name: "/pratiche (unfiltered)", path: "/pratiche" },
    { name: "/pratiche 3 facets + q (varied)", path: variedFiltered("/pratiche", "", true) },
    { name: "/api/v1/pratiche 3 facets + q (varied)", path: variedFiltered("/api/v1/pratiche", "&ordina=titolo") },
    { name: "/pratiche regione + area (same address)", path: `/pratiche?regione=${samples.region}&area=anziani` },
  ];
}

export function siteScenarios(samples: { practice: string; region: string; busy?: string }): Scenario[] {
  return [
    { name: SITE_STATIC, path: "/prova-carico/statica" },
    { name: SITE_DYNAMIC, path: "/prova-carico/dinamica" },
    { name: "/ (home)", path: "/" },
    ...listingScenarios(samples).slice(0, 2),
    { name: "detail page", path: `/pratiche/${samples.practice}` },
    ...(samples.busy ? [{ name: "detail, 50 replications + 20 updates", path: `/pratiche/${samples.busy}` }] : []),
    { name: "region page", path: `/regioni/${samples.region}` },
    itemAt(listingScenarios(samples), 3),
    itemAt(listingScenarios(samples), 2),
    { name: "/open-data/pratiche.csv", path: "/open-data/pratiche.csv" },
  ];
}

/** The same build under a bare `next start` (no scripts/serve.ts): what the wrapper costs. */
export function bareStartScenarios(samples: { practice: string }): Scenario[] {
  return [
    { name: "/ (home), bare next start", path: "/" },
    { name: "detail page, bare next start", path: `/pratiche/${samples.practice}` },
  ];
}
