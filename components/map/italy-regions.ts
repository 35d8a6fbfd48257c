import italy from "@svg-maps/italy";

// Region outlines from @svg-maps/italy (MapSVG, CC BY 4.0), whose ids are English names, keyed
// here by ISTAT region code, which is the id of our Region rows.

type SvgMap = { viewBox: string; locations: { id: string; name: string; path: string }[] };

const ISTAT_CODE_BY_SVG_ID: Record<string, number> = {
  piedmont: 1,
  "aosta-valley": 2,
  lombardy: 3,
  "trentino-south-tyrol": 4,
  veneto: 5,
  "friuli-venezia-giulia": 6,
  liguria: 7,
  "emilia-romagna": 8,
  tuscany: 9,
  umbria: 10,
  marche: 11,
  lazio: 12,
  abruzzo: 13,
  molise: 14,
  campania: 15,
  apulia: 16,
  basilicata: 17,
  calabria: 18,
  sicily: 19,
  sardinia: 20,
};

const map = italy as unknown as SvgMap;

export const ITALY_VIEWBOX = map.viewBox;

export const REGION_SHAPES: { regionId: number; path: string }[] = map.locations.map((location) => {
  const regionId = ISTAT_CODE_BY_SVG_ID[location.id];
  if (!regionId) throw new Error(`Regione della mappa senza codice ISTAT: ${location.id}`);
  return { regionId, path: location.path };
});

export const MAP_ATTRIBUTION = "Confini delle regioni: @svg-maps/italy (MapSVG), licenza CC BY 4.0.";
