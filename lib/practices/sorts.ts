/** The listing's orders, the first the default. */
export const SORTS = [
  { value: "rilevanza", label: "Rilevanza" },
  { value: "titolo", label: "Titolo (A-Z)" },
  { value: "regione", label: "Regione" },
  { value: "operatori", label: "Numero di operatori" },
  { value: "avvio", label: "Data di avvio (recenti prima)" },
  { value: "piu-replicate", label: "Più replicate" },
] as const;
