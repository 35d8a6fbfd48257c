import type { Vocabulary } from "@/lib/generated/prisma/enums";

export type VocabularyTermSeed = { slug: string; label: string; description?: string };

/**
 * The controlled vocabularies the catalogue starts with, in display order (array order becomes
 * Term.position). Staff may add values later; slugs are part of the public URLs.
 */
export const VOCABULARY_TERMS: Record<Vocabulary, VocabularyTermSeed[]> = {
  // ISTAT, indagine sugli interventi e servizi sociali dei comuni: "aree di utenza".
  AREA: [
    { slug: "famiglia-minori", label: "Famiglia e minori" },
    { slug: "disabili", label: "Disabili" },
    { slug: "dipendenze", label: "Dipendenze" },
    { slug: "anziani", label: "Anziani (65 anni e più)" },
    { slug: "immigrati-rom-sinti-caminanti", label: "Immigrati, Rom, Sinti e Caminanti" },
    { slug: "poverta-disagio-adulti", label: "Povertà, disagio adulti e senza dimora" },
    { slug: "multiutenza", label: "Multiutenza" },
  ],
  FUNDING: [
    { slug: "fondi-comunali", label: "Fondi comunali", description: "Risorse del bilancio dell'ente." },
    { slug: "fondi-regionali", label: "Fondi regionali", description: "Contributi e trasferimenti della Regione." },
    {
      slug: "fondi-nazionali",
      label: "Fondi nazionali",
      description: "Trasferimenti statali, compresi i fondi straordinari per l'emergenza.",
    },
    {
      slug: "pon-inclusione",
      label: "PON Inclusione / fondi europei",
      description: "Programma Operativo Nazionale Inclusione e altri fondi strutturali europei.",
    },
    {
      slug: "donazioni-fondazioni",
      label: "Donazioni e fondazioni",
      description: "Raccolte fondi, donazioni di cittadini e imprese, contributi di fondazioni.",
    },
    { slug: "altro", label: "Altro" },
  ],
  TECHNOLOGY: [
    { slug: "videochiamate", label: "Videochiamate" },
    { slug: "videoconferenza", label: "Piattaforme di videoconferenza" },
    { slug: "app-messaggistica", label: "Messaggistica istantanea" },
    { slug: "pagine-social", label: "Social network" },
    { slug: "sito-web-istituzionale", label: "Sito web istituzionale" },
    { slug: "numero-verde", label: "Numero verde / centralino dedicato" },
    { slug: "piattaforma-domande", label: "Piattaforma online per domande e buoni spesa" },
    { slug: "dispositivi-comodato", label: "Tablet e pc in comodato d'uso" },
    { slug: "carte-prepagate", label: "Carte prepagate / buoni elettronici" },
    { slug: "moduli-online", label: "Moduli online e firma digitale" },
  ],
  NETWORK: [
    { slug: "terzo-settore", label: "Enti del terzo settore e cooperative sociali" },
    { slug: "volontariato-protezione-civile", label: "Volontariato e protezione civile" },
    { slug: "servizi-sanitari", label: "Servizi sanitari / ASL" },
    { slug: "scuole", label: "Scuole" },
    { slug: "parrocchie-caritas", label: "Parrocchie e Caritas" },
    { slug: "esercizi-commerciali-farmacie", label: "Esercizi commerciali e farmacie" },
    { slug: "comuni-ambito", label: "Altri comuni dell'ambito" },
    { slug: "imprese-fondazioni", label: "Imprese e fondazioni" },
    { slug: "forze-ordine", label: "Forze dell'ordine" },
    { slug: "centri-antiviolenza", label: "Centri antiviolenza" },
  ],
  // Named after the "canale" vocabulary of CPSV-AP_IT where it has a value.
  CHANNEL: [
    {
      slug: "sportello",
      label: "Assistenza fisica / sportello",
      description: "Accesso in presenza presso uno sportello o un ufficio, anche su appuntamento.",
    },
    { slug: "telefono", label: "Telefono", description: "Linea telefonica dedicata, numero verde o centralino." },
    { slug: "email", label: "E-mail", description: "Casella di posta elettronica, anche certificata (PEC)." },
    { slug: "sito-web", label: "Sito web", description: "Pagine informative e servizi online sul sito dell'ente." },
    { slug: "app-mobile", label: "App mobile", description: "Applicazione per smartphone e tablet." },
    { slug: "posta", label: "Posta", description: "Lettere e avvisi cartacei recapitati al domicilio." },
    {
      slug: "social-network",
      label: "Social network",
      description: "Pagine e profili dell'ente sui social network.",
    },
    {
      slug: "messaggistica",
      label: "Messaggistica istantanea",
      description: "Messaggi e chat su app di messaggistica (WhatsApp, Telegram e simili).",
    },
    {
      slug: "domicilio",
      label: "Visita a domicilio",
      description: "Operatori o volontari che raggiungono la persona a casa.",
    },
  ],
};
