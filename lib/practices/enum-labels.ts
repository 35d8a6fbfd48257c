import type {
  EntityKind,
  PopulationBand,
  PracticeStatus,
  Ripartizione,
  ServiceType,
  Sustainability,
} from "@/lib/generated/prisma/enums";

// URL slugs and Italian labels of the fixed enumerations. Controlled vocabularies that staff
// can extend (areas, funding, technologies, networks, channels) live in the Term table instead.

export type EnumOption<T extends string> = { value: T; slug: string; label: string };

export const SERVICE_TYPES: EnumOption<ServiceType>[] = [
  { value: "NUOVO", slug: "nuovo", label: "Servizio completamente nuovo" },
  { value: "RAFFORZATO", slug: "rafforzato", label: "Servizio esistente, rafforzato o rimodulato" },
  { value: "MISTO", slug: "misto", label: "Servizio misto" },
];

export const ENTITY_KINDS: EnumOption<EntityKind>[] = [
  { value: "COMUNE", slug: "comune", label: "Comune" },
  { value: "AMBITO", slug: "ambito", label: "Ambito territoriale sociale" },
  { value: "UNIONE", slug: "unione", label: "Unione di comuni" },
  { value: "ALTRO", slug: "altro", label: "Altro ente" },
];

export const SUSTAINABILITY: EnumOption<Sustainability>[] = [
  { value: "CONTINUA", slug: "continua", label: "Proseguirà dopo l'emergenza" },
  { value: "PARZIALE", slug: "parziale", label: "Proseguirà in parte" },
  { value: "TERMINA", slug: "termina", label: "Terminerà con l'emergenza" },
  { value: "NON_NOTO", slug: "non-noto", label: "Non ancora deciso" },
];

export const STATUSES: EnumOption<PracticeStatus>[] = [
  { value: "DRAFT", slug: "bozza", label: "Bozza" },
  { value: "PUBLISHED", slug: "pubblicata", label: "Pubblicata" },
  { value: "ARCHIVED", slug: "archiviata", label: "Archiviata" },
];

export const RIPARTIZIONI: EnumOption<Ripartizione>[] = [
  { value: "NORD_OVEST", slug: "nord-ovest", label: "Nord-ovest" },
  { value: "NORD_EST", slug: "nord-est", label: "Nord-est" },
  { value: "CENTRO", slug: "centro", label: "Centro" },
  { value: "SUD", slug: "sud", label: "Sud" },
  { value: "ISOLE", slug: "isole", label: "Isole" },
];

export const POPULATION_BANDS: (EnumOption<PopulationBand> & { max: number })[] = [
  { value: "FINO_5K", slug: "fino-5000", label: "fino a 5.000 abitanti", max: 5_000 },
  { value: "DA_5K_A_20K", slug: "5000-20000", label: "da 5.000 a 20.000 abitanti", max: 20_000 },
  { value: "DA_20K_A_60K", slug: "20000-60000", label: "da 20.000 a 60.000 abitanti", max: 60_000 },
  { value: "DA_60K_A_250K", slug: "60000-250000", label: "da 60.000 a 250.000 abitanti", max: 250_000 },
  { value: "OLTRE_250K", slug: "oltre-250000", label: "oltre 250.000 abitanti", max: Infinity },
];

export function populationBandOf(population: number): PopulationBand {
  return POPULATION_BANDS.find((band) => population <= band.max)!.value;
}

export function labelOf<T extends string>(options: EnumOption<T>[], value: T): string {
  return options.find((option) => option.value === value)?.label ?? value;
}

export function slugOf<T extends string>(options: EnumOption<T>[], value: T): string {
  return options.find((option) => option.value === value)?.slug ?? value.toLowerCase();
}
