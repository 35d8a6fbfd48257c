// What every published copy of the data says about itself: licence, attribution, and that the
// illustrative sheets are not real. One place, so the page, the files, the API, the feed and the
// DCAT metadata cannot drift apart.

export const DATASET_TITLE = "Pratiche dei servizi sociali durante l'emergenza Covid-19";

export const DATASET_DESCRIPTION =
  "Schede delle pratiche con cui comuni e ambiti territoriali hanno organizzato i servizi sociali durante l'emergenza Covid-19 " +
  "(pubblicazione «I servizi sociali al tempo del Coronavirus», luglio 2020): ente erogatore, tipo di servizio, operatori, " +
  "fonti di finanziamento, tecnologie, reti di collaborazione, canali di comunicazione, riscontri, portata innovativa e sostenibilità. " +
  "Le schede provengono da un'indagine online e non costituiscono un campione statistico.";

export const PUBLISHER = {
  name: "Ministero del Lavoro e delle Politiche Sociali",
  /** Code of the publisher in the Indice dei domicili digitali della PA (IPA). */
  ipaCode: "m_lps",
  homepage: "https://www.lavoro.gov.it",
};

export const LICENCE = {
  name: "Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)",
  shortName: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/deed.it",
  /** EU licence vocabulary entry, as DCAT-AP_IT asks. */
  euUri: "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0",
};

export const ATTRIBUTION =
  "Fonte: Ministero del Lavoro e delle Politiche Sociali, «I servizi sociali al tempo del Coronavirus» " +
  "(con ANCI Welfare e Banca Mondiale), dati rilasciati con licenza CC BY 4.0.";

export const SAMPLE_NOTE =
  "Le schede con «illustrativa» uguale a true sono esempi generati per mostrare il funzionamento del catalogo, " +
  "in attesa delle schede reali: i loro contenuti sono inventati e non descrivono servizi reali degli enti indicati " +
  "(degli enti sono reali solo nome, provincia, regione e popolazione).";
