/**
 * The listing's orders, the first the default. A module of their own so that the listing's order
 * field, a client component, imports them alone.
 */
export const SORTS = [
  { value: "rilevanza", label: "Rilevanza" },
  { value: "titolo", label: "Titolo (A-Z)" },
  { value: "regione", label: "Regione" },
  { value: "operatori", label: "Numero di operatori" },
  { value: "avvio", label: "Data di avvio (recenti prima)" },
  { value: "piu-replicate", label: "Più replicate" },
] as const;
