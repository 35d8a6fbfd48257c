// Service templates of the illustrative dataset: the kinds of intervention Italian social services
// set up or reshaped in spring 2020. Texts are deliberately generic ("il servizio", "gli
// operatori"): they must never read as facts about the real comune a sample sheet is attached to.

export type ServiceTemplate = {
  key: string;
  /** AREA slugs: fixed for the template. */
  areas: string[];
  /** Pools the generator draws 1–3 values from. */
  technologies: string[];
  networks: string[];
  channels: string[];
  /** FUNDING slugs every sheet of the template has. */
  funding?: string[];
  /** Weights of NUOVO, RAFFORZATO, MISTO. */
  serviceTypeWeights: [number, number, number];
  /** Weights of CONTINUA, PARZIALE, TERMINA, NON_NOTO. */
  sustainabilityWeights: [number, number, number, number];
  operators: [number, number];
  volunteerShare: [number, number];
  /** Only entities at least this large get the template (when enough of them are left). */
  minPopulation?: number;
  titles: string[];
  summaries: string[];
  intros: string[];
  details: string[];
  innovations: string[];
  feedbacks: string[];
};

export const SERVICE_TEMPLATES: ServiceTemplate[] = [
  {
    key: "spesa-farmaci-domicilio",
    areas: ["anziani", "disabili"],
    technologies: ["numero-verde", "app-messaggistica", "sito-web-istituzionale"],
    networks: [
      "volontariato-protezione-civile",
      "esercizi-commerciali-farmacie",
      "terzo-settore",
      "parrocchie-caritas",
    ],
    channels: ["telefono", "domicilio", "app-mobile", "social-network"],
    serviceTypeWeights: [5, 3, 2],
    sustainabilityWeights: [3, 3, 3, 1],
    operators: [8, 50],
    volunteerShare: [0.5, 0.9],
    titles: [
      "Spesa e farmaci a domicilio per anziani soli",
      "Consegna a domicilio di spesa e medicinali per persone fragili",
      "La spesa a casa: consegne per anziani e persone in isolamento",
    ],
    summaries: [
      "Il servizio porta a domicilio la spesa e i farmaci alle persone anziane sole o prive di una rete familiare durante il periodo di isolamento.",
      "Volontari e operatori raccolgono le richieste per telefono e consegnano spesa e medicinali a casa di anziani e persone con disabilità.",
    ],
    intros: [
      "Durante il lockdown molte persone anziane, soprattutto quelle che vivono sole, non potevano uscire di casa per fare la spesa o ritirare i farmaci.",
      "Il servizio è nato per ridurre gli spostamenti delle persone più esposte al contagio, in particolare gli anziani e le persone con malattie croniche.",
    ],
    details: [
      "Le richieste vengono raccolte da un operatore al telefono, che registra l'elenco dei prodotti e concorda il giorno della consegna.",
      "I volontari ritirano la spesa presso i negozi aderenti e i farmaci in farmacia, anche con la ricetta elettronica comunicata dal medico.",
      "La consegna avviene sulla porta di casa, con guanti e mascherina e senza contatto diretto; il pagamento è regolato alla consegna o con bonifico.",
      "Nei casi di maggiore fragilità gli operatori segnalano la situazione al servizio sociale professionale per una presa in carico.",
      "Il servizio copre l'intero territorio, comprese le frazioni più lontane dal centro della città.",
    ],
    innovations: [
      "Il servizio ha unito in un'unica regia i volontari di più associazioni, che prima operavano separatamente.",
      "L'uso della ricetta elettronica ha permesso di consegnare i farmaci senza che l'anziano dovesse passare dal medico.",
    ],
    feedbacks: [
      "Gli anziani raggiunti hanno espresso gratitudine soprattutto per la telefonata di contatto, spesso l'unica conversazione della giornata.",
      "I volontari riferiscono che le consegne sono diventate un'occasione per accorgersi di situazioni di solitudine e di bisogno.",
    ],
  },
  {
    key: "buoni-spesa",
    areas: ["famiglia-minori", "poverta-disagio-adulti", "multiutenza"],
    technologies: ["piattaforma-domande", "carte-prepagate", "moduli-online", "sito-web-istituzionale", "numero-verde"],
    networks: ["esercizi-commerciali-farmacie", "terzo-settore", "parrocchie-caritas", "comuni-ambito"],
    channels: ["sito-web", "telefono", "email", "sportello", "app-mobile"],
    funding: ["fondi-nazionali"],
    serviceTypeWeights: [7, 1, 2],
    sustainabilityWeights: [1, 2, 6, 1],
    operators: [4, 30],
    volunteerShare: [0, 0.4],
    titles: [
      "Buoni spesa per la solidarietà alimentare",
      "Buoni spesa elettronici per famiglie in difficoltà",
      "Solidarietà alimentare: buoni spesa con domanda online",
    ],
    summaries: [
      "Il servizio distribuisce buoni spesa alle famiglie che, a causa dell'emergenza, non riescono ad acquistare generi alimentari e beni di prima necessità.",
      "Le famiglie presentano la domanda online o per telefono e ricevono buoni spesa utilizzabili nei negozi convenzionati.",
    ],
    intros: [
      "Con la chiusura di molte attività economiche, numerose famiglie si sono trovate improvvisamente senza reddito e senza la possibilità di fare la spesa.",
      "Il servizio gestisce le misure di solidarietà alimentare previste per l'emergenza, rivolte a chi ha perso o visto ridursi il proprio reddito.",
    ],
    details: [
      "La domanda si presenta attraverso un modulo online; chi non ha accesso a internet può farsi aiutare per telefono da un operatore.",
      "I buoni sono caricati su una tessera o inviati in formato elettronico e si possono spendere nei negozi che hanno aderito all'avviso.",
      "Gli operatori verificano le autodichiarazioni e danno priorità ai nuclei che non ricevono altri sostegni pubblici.",
      "L'importo del buono varia in base al numero dei componenti del nucleo familiare e alla presenza di minori.",
      "Per chi non può uscire di casa i buoni sono convertiti in pacchi alimentari consegnati a domicilio.",
    ],
    innovations: [
      "La procedura interamente online ha ridotto i tempi di risposta da settimane a pochi giorni.",
      "Il servizio ha raggiunto persone che non si erano mai rivolte ai servizi sociali, come lavoratori autonomi e precari.",
    ],
    feedbacks: [
      "Le famiglie hanno apprezzato la semplicità della domanda; alcune hanno segnalato difficoltà con la firma e gli allegati.",
      "Gli operatori hanno dovuto rispondere a moltissime telefonate nei primi giorni dopo la pubblicazione dell'avviso.",
    ],
  },
  {
    key: "ascolto-telefonico",
    areas: ["anziani", "multiutenza"],
    technologies: ["numero-verde", "app-messaggistica", "pagine-social"],
    networks: ["terzo-settore", "volontariato-protezione-civile", "servizi-sanitari", "parrocchie-caritas"],
    channels: ["telefono", "messaggistica", "social-network", "sito-web"],
    serviceTypeWeights: [5, 3, 2],
    sustainabilityWeights: [4, 3, 2, 1],
    operators: [3, 25],
    volunteerShare: [0.2, 0.8],
    titles: [
      "Sportello telefonico di ascolto",
      "Una linea di ascolto per chi è solo",
      "Numero dedicato di ascolto e orientamento ai servizi",
    ],
    summaries: [
      "Una linea telefonica dedicata offre ascolto, informazioni e orientamento ai cittadini che vivono con difficoltà l'isolamento.",
      "Il servizio risponde al telefono, in fasce orarie ampie, a chi ha bisogno di parlare con qualcuno o di essere orientato verso i servizi attivi.",
    ],
    intros: [
      "L'isolamento imposto dall'emergenza ha aumentato la solitudine e l'ansia, soprattutto fra le persone anziane e chi vive da solo.",
      "Il servizio è nato per offrire un punto di riferimento unico a chi, con gli uffici chiusi, non sapeva a chi rivolgersi.",
    ],
    details: [
      "Rispondono al telefono assistenti sociali, educatori e volontari formati all'ascolto, con turni che coprono anche il fine settimana.",
      "Oltre all'ascolto, gli operatori forniscono informazioni sulle misure di sostegno attive in città e sulle regole in vigore.",
      "Quando emergono bisogni specifici, la chiamata viene passata al servizio competente, che ricontatta la persona entro pochi giorni.",
      "Le chiamate sono registrate in forma anonima per monitorare i bisogni più frequenti e adattare il servizio.",
    ],
    innovations: [
      "Il servizio ha messo insieme ascolto e orientamento in un unico numero, semplificando l'accesso per i cittadini.",
      "Il numero dedicato ha funzionato come osservatorio dei bisogni emergenti sul territorio.",
    ],
    feedbacks: [
      "Molte persone hanno richiamato più volte, segno che il servizio è diventato un punto di riferimento.",
      "Gli operatori sottolineano l'importanza di una formazione specifica sull'ascolto telefonico, soprattutto per i volontari.",
    ],
  },
  {
    key: "supporto-psicologico-online",
    areas: ["famiglia-minori", "multiutenza"],
    technologies: ["videoconferenza", "videochiamate", "numero-verde", "app-messaggistica"],
    networks: ["servizi-sanitari", "terzo-settore", "scuole"],
    channels: ["telefono", "email", "sito-web", "messaggistica"],
    serviceTypeWeights: [6, 2, 2],
    sustainabilityWeights: [4, 3, 1, 2],
    operators: [2, 20],
    volunteerShare: [0, 0.5],
    titles: [
      "Supporto psicologico online",
      "Sostegno psicologico a distanza per cittadini e famiglie",
      "Colloqui psicologici in videochiamata durante l'emergenza",
    ],
    summaries: [
      "Psicologi e psicoterapeuti offrono colloqui di sostegno gratuiti in videochiamata o al telefono a chi vive con sofferenza l'emergenza.",
      "Il servizio garantisce un supporto psicologico a distanza a famiglie, adolescenti e persone colpite da lutti o dalla perdita del lavoro.",
    ],
    intros: [
      "La pandemia ha portato paura, lutti e incertezza economica, con un forte aumento del disagio psicologico.",
      "Il servizio offre uno spazio di ascolto professionale a chi non può rivolgersi a uno psicologo per ragioni economiche o per le restrizioni agli spostamenti.",
    ],
    details: [
      "Dopo un primo contatto telefonico, la persona può fissare alcuni colloqui con uno psicologo in videochiamata.",
      "Sono previsti percorsi specifici per genitori, adolescenti, operatori sanitari e persone che hanno perso un familiare.",
      "Gli psicologi lavorano in collegamento con i servizi sanitari, ai quali inviano le situazioni che richiedono una presa in carico specialistica.",
      "La riservatezza dei colloqui è garantita da piattaforme sicure e dal consenso informato raccolto online.",
    ],
    innovations: [
      "Il colloquio psicologico online, prima quasi assente nei servizi pubblici, si è rivelato efficace e accettato anche dalle persone più anziane.",
      "Il servizio ha avvicinato al supporto psicologico persone che non si sarebbero mai rivolte a uno studio.",
    ],
    feedbacks: [
      "Gli utenti segnalano che poter parlare da casa ha reso più semplice chiedere aiuto.",
      "Gli psicologi osservano che il lavoro a distanza richiede più attenzione ai segnali non verbali, ma permette una maggiore continuità.",
    ],
  },
  {
    key: "didattica-distanza-tablet",
    areas: ["famiglia-minori"],
    technologies: ["dispositivi-comodato", "videoconferenza", "app-messaggistica"],
    networks: ["scuole", "terzo-settore", "imprese-fondazioni"],
    channels: ["telefono", "email", "domicilio", "messaggistica"],
    serviceTypeWeights: [6, 2, 2],
    sustainabilityWeights: [3, 4, 2, 1],
    operators: [3, 25],
    volunteerShare: [0.1, 0.6],
    titles: [
      "Tablet in comodato per la didattica a distanza",
      "Dispositivi e connessione per la didattica a distanza",
      "Nessuno resti indietro: tablet e aiuto nei compiti a distanza",
    ],
    summaries: [
      "Il servizio consegna tablet e pc in comodato d'uso gratuito agli studenti che non avevano i dispositivi per seguire le lezioni a distanza.",
      "Tablet, schede SIM e un sostegno educativo a distanza aiutano bambini e ragazzi di famiglie in difficoltà a seguire la didattica a distanza.",
    ],
    intros: [
      "Con la chiusura delle scuole, molti bambini e ragazzi di famiglie in difficoltà non avevano un dispositivo o una connessione per seguire le lezioni.",
      "Il servizio è nato per contrastare la dispersione scolastica, cresciuta con il passaggio improvviso alla didattica a distanza.",
    ],
    details: [
      "Le scuole segnalano gli studenti senza dispositivi e il servizio sociale verifica la situazione della famiglia.",
      "I tablet vengono consegnati a domicilio, già configurati, insieme a una scheda SIM con traffico dati.",
      "Educatori e volontari aiutano a distanza i ragazzi a usare le piattaforme scolastiche e a organizzare i compiti.",
      "Ai genitori che hanno difficoltà con la lingua o con la tecnologia viene offerto un accompagnamento telefonico dedicato.",
    ],
    innovations: [
      "La collaborazione tra scuole e servizi sociali è diventata quotidiana, con uno scambio di informazioni prima molto raro.",
      "Il sostegno educativo online ha affiancato il prestito dei dispositivi, evitando che il tablet restasse inutilizzato.",
    ],
    feedbacks: [
      "Insegnanti e famiglie riferiscono che molti studenti hanno ripreso a seguire le lezioni dopo la consegna del tablet.",
      "Gli educatori segnalano che la connessione resta un problema per le famiglie che vivono nelle zone meno servite.",
    ],
  },
  {
    key: "centro-diurno-disabili-distanza",
    areas: ["disabili"],
    technologies: ["videochiamate", "videoconferenza", "app-messaggistica", "dispositivi-comodato"],
    networks: ["terzo-settore", "servizi-sanitari", "volontariato-protezione-civile"],
    channels: ["telefono", "messaggistica", "domicilio", "email"],
    serviceTypeWeights: [1, 7, 2],
    sustainabilityWeights: [2, 5, 2, 1],
    operators: [4, 20],
    volunteerShare: [0, 0.3],
    titles: [
      "Centro diurno per persone con disabilità a distanza",
      "Il centro diurno si trasferisce online",
      "Attività a distanza e a domicilio per gli utenti dei centri diurni",
    ],
    summaries: [
      "Gli educatori del centro diurno, chiuso per l'emergenza, proseguono le attività con gli utenti attraverso videochiamate e interventi a domicilio.",
      "Le attività del centro diurno per persone con disabilità sono state riconvertite in laboratori online e sostegno alle famiglie.",
    ],
    intros: [
      "La sospensione dei centri diurni ha lasciato le persone con disabilità e le loro famiglie senza il principale punto di riferimento quotidiano.",
      "Per evitare l'isolamento e la perdita delle abilità acquisite, gli educatori del centro diurno hanno riorganizzato le attività a distanza.",
    ],
    details: [
      "Ogni giorno gli educatori propongono in videochiamata laboratori di musica, cucina, movimento e autonomia personale.",
      "Per gli utenti che non riescono a partecipare online sono previsti brevi interventi educativi a domicilio, con i dispositivi di protezione.",
      "Le famiglie ricevono telefonate periodiche di sostegno e indicazioni pratiche per organizzare la giornata.",
      "I progetti individuali sono stati rivisti insieme ai servizi sanitari, per garantire la continuità delle terapie.",
    ],
    innovations: [
      "Le attività online hanno permesso di mantenere la relazione educativa e hanno coinvolto più attivamente le famiglie.",
      "Il centro diurno ha sperimentato per la prima volta un modello misto, in presenza e a distanza.",
    ],
    feedbacks: [
      "I familiari hanno apprezzato la continuità del rapporto con gli educatori, pur segnalando la fatica di un'assistenza a tempo pieno.",
      "Gli educatori osservano che alcuni utenti hanno acquisito nuove competenze digitali.",
    ],
  },
  {
    key: "senza-dimora-accoglienza-h24",
    areas: ["poverta-disagio-adulti"],
    technologies: ["numero-verde", "app-messaggistica"],
    networks: [
      "terzo-settore",
      "parrocchie-caritas",
      "volontariato-protezione-civile",
      "servizi-sanitari",
      "forze-ordine",
    ],
    channels: ["sportello", "telefono", "messaggistica"],
    serviceTypeWeights: [4, 4, 2],
    sustainabilityWeights: [2, 4, 3, 1],
    operators: [6, 40],
    volunteerShare: [0.1, 0.5],
    minPopulation: 40_000,
    titles: [
      "Accoglienza h24 per persone senza dimora",
      "Dormitorio aperto giorno e notte durante l'emergenza",
      "Pronto intervento sociale per persone senza dimora",
    ],
    summaries: [
      "L'accoglienza notturna per persone senza dimora diventa un'accoglienza aperta 24 ore su 24, per permettere a tutti di rispettare l'obbligo di restare a casa.",
      "Un pronto intervento sociale garantisce posti letto, pasti e controlli sanitari alle persone senza dimora durante l'emergenza.",
    ],
    intros: [
      "Per chi vive in strada, l'obbligo di restare a casa era impossibile da rispettare e l'accesso ai servizi essenziali si era ridotto drasticamente.",
      "Con la chiusura di mense e centri diurni, le persone senza dimora rischiavano di restare senza pasti e senza un luogo sicuro dove stare.",
    ],
    details: [
      "Le strutture di accoglienza notturna restano aperte anche di giorno, con pasti garantiti e spazi organizzati per mantenere le distanze.",
      "All'ingresso è previsto un triage sanitario e per le persone con sintomi sono disponibili alloggi separati per l'isolamento.",
      "Un numero di pronto intervento sociale raccoglie le segnalazioni di cittadini e forze dell'ordine e attiva l'accoglienza anche di notte.",
      "Gli operatori accompagnano gli ospiti nelle pratiche per la residenza, la tessera sanitaria e le misure di sostegno al reddito.",
    ],
    innovations: [
      "L'apertura continuativa ha permesso di costruire con gli ospiti percorsi di uscita dalla strada, difficili con la sola accoglienza notturna.",
      "Il servizio ha sperimentato una collaborazione quotidiana tra servizi sociali, servizi sanitari e terzo settore.",
    ],
    feedbacks: [
      "Gli operatori riferiscono che la stabilità dell'accoglienza ha migliorato le condizioni di salute e la fiducia degli ospiti.",
      "Alcuni ospiti hanno faticato ad accettare le regole della convivenza prolungata, gestite con il supporto di mediatori.",
    ],
  },
  {
    key: "affitti-utenze",
    areas: ["poverta-disagio-adulti", "famiglia-minori"],
    technologies: ["piattaforma-domande", "moduli-online", "sito-web-istituzionale"],
    networks: ["terzo-settore", "comuni-ambito", "imprese-fondazioni"],
    channels: ["sito-web", "email", "telefono", "sportello"],
    serviceTypeWeights: [5, 3, 2],
    sustainabilityWeights: [1, 3, 5, 1],
    operators: [2, 15],
    volunteerShare: [0, 0.2],
    titles: [
      "Sostegno al pagamento di affitti e utenze",
      "Contributi per affitto e bollette durante l'emergenza",
      "Fondo straordinario per canoni di locazione e utenze domestiche",
    ],
    summaries: [
      "Il servizio eroga contributi una tantum per aiutare le famiglie colpite dall'emergenza a pagare l'affitto e le bollette di luce, gas e acqua.",
      "Le famiglie che hanno perso reddito possono chiedere online un contributo per l'affitto e le utenze, per evitare morosità e sfratti.",
    ],
    intros: [
      "La riduzione dei redditi dovuta al lockdown ha messo molte famiglie in difficoltà nel pagamento dell'affitto e delle utenze.",
      "Il servizio punta a prevenire la morosità incolpevole, che rischiava di trasformarsi in sfratti al termine della sospensione.",
    ],
    details: [
      "La domanda si presenta con un modulo online, allegando il contratto di locazione e un'autodichiarazione sulla perdita di reddito.",
      "Il contributo può essere versato direttamente al proprietario dell'alloggio o alla società che fornisce le utenze.",
      "Gli assistenti sociali contattano le famiglie con minori o con persone fragili per valutare altri interventi di sostegno.",
      "Uno sportello telefonico aiuta chi ha difficoltà a compilare la domanda o a reperire i documenti.",
    ],
    innovations: [
      "L'accordo con i proprietari ha permesso di affiancare al contributo una rinegoziazione del canone.",
      "La procedura digitale ha permesso di gestire in poche settimane un numero di domande mai visto prima.",
    ],
    feedbacks: [
      "Le famiglie segnalano che il contributo ha evitato l'accumulo di debiti; alcune avrebbero voluto un aiuto più prolungato.",
      "Gli operatori osservano una forte presenza di nuclei che non erano conosciuti dai servizi sociali.",
    ],
  },
  {
    key: "mediazione-linguistica",
    areas: ["immigrati-rom-sinti-caminanti", "famiglia-minori"],
    technologies: ["videochiamate", "app-messaggistica", "pagine-social"],
    networks: ["terzo-settore", "scuole", "servizi-sanitari"],
    channels: ["telefono", "messaggistica", "social-network"],
    serviceTypeWeights: [3, 5, 2],
    sustainabilityWeights: [4, 3, 1, 2],
    operators: [2, 15],
    volunteerShare: [0, 0.4],
    minPopulation: 10_000,
    titles: [
      "Mediazione linguistica a distanza per famiglie straniere",
      "Mediatori culturali al telefono e in videochiamata",
      "Informazioni e mediazione in più lingue per le famiglie straniere",
    ],
    summaries: [
      "Mediatori linguistico-culturali aiutano al telefono e in videochiamata le famiglie straniere a comprendere le regole dell'emergenza e ad accedere ai servizi.",
      "Il servizio garantisce la mediazione linguistica nei contatti tra famiglie straniere, scuole, servizi sociali e servizi sanitari.",
    ],
    intros: [
      "Le famiglie di origine straniera con scarsa conoscenza dell'italiano hanno avuto difficoltà a comprendere i provvedimenti e le misure di sostegno.",
      "Con la chiusura degli sportelli in presenza, la mediazione culturale rischiava di interrompersi proprio quando era più necessaria.",
    ],
    details: [
      "I mediatori sono disponibili in diverse lingue, tra cui arabo, inglese, francese, cinese, rumeno e urdu.",
      "Su richiesta di assistenti sociali e insegnanti, il mediatore partecipa ai colloqui in videochiamata a tre.",
      "Messaggi vocali e brevi video nelle principali lingue spiegano le regole sugli spostamenti e le misure di sostegno.",
      "I mediatori aiutano le famiglie a presentare le domande per i buoni spesa e a seguire la didattica a distanza dei figli.",
    ],
    innovations: [
      "I messaggi vocali nelle lingue d'origine si sono dimostrati più efficaci dei testi scritti per raggiungere le famiglie.",
      "La mediazione in videochiamata a tre ha reso il servizio più rapido rispetto agli appuntamenti in presenza.",
    ],
    feedbacks: [
      "Le famiglie hanno apprezzato di poter ricevere informazioni nella propria lingua, anche attraverso le comunità di riferimento.",
      "Gli insegnanti segnalano un miglioramento nei contatti con i genitori stranieri.",
    ],
  },
  {
    key: "educativa-domiciliare-minori",
    areas: ["famiglia-minori"],
    technologies: ["videochiamate", "app-messaggistica", "dispositivi-comodato"],
    networks: ["terzo-settore", "scuole", "servizi-sanitari"],
    channels: ["domicilio", "telefono", "messaggistica"],
    serviceTypeWeights: [1, 7, 2],
    sustainabilityWeights: [4, 4, 1, 1],
    operators: [3, 20],
    volunteerShare: [0, 0.2],
    titles: [
      "Servizio educativo domiciliare per minori",
      "Educativa domiciliare rimodulata a distanza",
      "Sostegno educativo a casa per bambini e ragazzi seguiti dai servizi",
    ],
    summaries: [
      "Gli educatori continuano a seguire i minori in carico al servizio sociale con videochiamate frequenti e, nei casi più delicati, con interventi a domicilio.",
      "Il servizio educativo domiciliare è stato rimodulato per sostenere bambini, ragazzi e genitori durante la chiusura delle scuole.",
    ],
    intros: [
      "La chiusura delle scuole e dei servizi educativi ha aumentato il carico sulle famiglie più fragili e il rischio di isolamento dei minori.",
      "Per i minori seguiti dal servizio sociale, l'interruzione del rapporto con l'educatore avrebbe potuto vanificare il lavoro fatto.",
    ],
    details: [
      "Ogni educatore mantiene un contatto regolare con il ragazzo e con i genitori, concordando tempi e modalità con la famiglia.",
      "Gli interventi in presenza sono riservati ai casi più delicati e si svolgono con i dispositivi di protezione individuale.",
      "Gli educatori aiutano i ragazzi a organizzare la giornata, a seguire le lezioni online e a mantenere i contatti con i compagni.",
      "L'assistente sociale riceve aggiornamenti settimanali e può attivare rapidamente altri interventi.",
    ],
    innovations: [
      "Le videochiamate hanno permesso agli educatori di entrare nella quotidianità delle famiglie in modo nuovo.",
      "Il rapporto con i genitori è diventato più stretto, con un ruolo più attivo nella progettazione educativa.",
    ],
    feedbacks: [
      "Le famiglie riferiscono che il contatto costante con l'educatore le ha aiutate a gestire le tensioni della convivenza forzata.",
      "Gli educatori segnalano che con i ragazzi più grandi il contatto online ha funzionato meglio del previsto.",
    ],
  },
  {
    key: "consegna-pasti",
    areas: ["anziani", "poverta-disagio-adulti"],
    technologies: ["numero-verde", "app-messaggistica"],
    networks: [
      "volontariato-protezione-civile",
      "terzo-settore",
      "imprese-fondazioni",
      "esercizi-commerciali-farmacie",
    ],
    channels: ["telefono", "domicilio"],
    serviceTypeWeights: [3, 5, 2],
    sustainabilityWeights: [3, 3, 3, 1],
    operators: [5, 40],
    volunteerShare: [0.3, 0.8],
    titles: [
      "Consegna di pasti caldi a domicilio",
      "Pasti a domicilio per anziani e persone in difficoltà",
      "Dalla mensa alla casa: pasti consegnati a domicilio",
    ],
    summaries: [
      "Il servizio consegna ogni giorno pasti caldi a domicilio ad anziani soli, persone con disabilità e famiglie in difficoltà economica.",
      "Con la chiusura delle mense, i pasti vengono preparati nei centri cottura e consegnati a casa delle persone che ne hanno bisogno.",
    ],
    intros: [
      "La chiusura delle mense sociali e dei centri diurni ha privato molte persone anziane e fragili dell'unico pasto caldo della giornata.",
      "Il servizio estende la consegna dei pasti a domicilio, prima riservata a pochi utenti, alle persone segnalate durante l'emergenza.",
    ],
    details: [
      "I pasti sono preparati da una cucina convenzionata e consegnati in contenitori monouso, con attenzione alle diete prescritte.",
      "La consegna avviene a orari fissi, così che gli operatori possano verificare ogni giorno che la persona stia bene.",
      "Alcuni ristoratori della città, rimasti chiusi, hanno messo a disposizione cucine e personale per la preparazione dei pasti.",
      "Le segnalazioni arrivano dal servizio sociale, dai medici di famiglia e dai vicini di casa.",
    ],
    innovations: [
      "La collaborazione con i ristoratori ha trasformato un momento di crisi in un'occasione di solidarietà.",
      "La consegna quotidiana è diventata anche un presidio di controllo sulla salute delle persone sole.",
    ],
    feedbacks: [
      "Gli utenti hanno apprezzato la qualità dei pasti e la puntualità delle consegne.",
      "I volontari raccontano di aver creato un legame con le persone raggiunte, che attendevano la consegna anche per scambiare qualche parola.",
    ],
  },
  {
    key: "violenza-domestica",
    areas: ["famiglia-minori", "multiutenza"],
    technologies: ["numero-verde", "app-messaggistica", "pagine-social"],
    networks: [
      "centri-antiviolenza",
      "forze-ordine",
      "servizi-sanitari",
      "terzo-settore",
      "esercizi-commerciali-farmacie",
    ],
    channels: ["telefono", "messaggistica", "social-network", "sportello"],
    serviceTypeWeights: [3, 5, 2],
    sustainabilityWeights: [6, 2, 1, 1],
    operators: [2, 15],
    volunteerShare: [0, 0.4],
    minPopulation: 15_000,
    titles: [
      "Contrasto alla violenza domestica durante il lockdown",
      "Non sei sola: rete di aiuto contro la violenza domestica",
      "Ascolto e protezione per donne vittime di violenza in casa",
    ],
    summaries: [
      "Il servizio rafforza l'ascolto e la protezione delle donne vittime di violenza domestica, esposte a un rischio maggiore durante l'obbligo di restare a casa.",
      "Una rete fra servizi sociali, centri antiviolenza e forze dell'ordine garantisce ascolto, consulenza e ospitalità protetta anche durante il lockdown.",
    ],
    intros: [
      "La convivenza forzata ha aumentato il rischio di violenza domestica e reso più difficile per le donne chiedere aiuto.",
      "Il servizio nasce per garantire che le donne vittime di violenza possano continuare a trovare ascolto e protezione nonostante le restrizioni.",
    ],
    details: [
      "Le donne possono contattare il servizio anche con chat o messaggi, più facili da usare quando il maltrattante è in casa.",
      "Le operatrici del centro antiviolenza svolgono i colloqui al telefono o in videochiamata e, se necessario, in presenza.",
      "Sono disponibili posti in case rifugio e alloggi temporanei per le donne e i loro figli, con un protocollo sanitario per l'ingresso.",
      "Volantini e locandine esposti in farmacie e supermercati informano sui contatti del servizio.",
    ],
    innovations: [
      "I canali di contatto scritti hanno raggiunto donne che non avrebbero potuto telefonare.",
      "Il coinvolgimento di farmacie e supermercati ha portato l'informazione nei pochi luoghi ancora frequentati.",
    ],
    feedbacks: [
      "Le operatrici hanno registrato un calo dei contatti nelle prime settimane e una ripresa dopo la campagna informativa.",
      "Le donne accolte hanno riconosciuto la tempestività dell'intervento.",
    ],
  },
  {
    key: "accompagnamento-digitale-redditi",
    areas: ["poverta-disagio-adulti", "immigrati-rom-sinti-caminanti"],
    technologies: ["moduli-online", "piattaforma-domande", "videochiamate", "app-messaggistica"],
    networks: ["terzo-settore", "parrocchie-caritas", "comuni-ambito"],
    channels: ["telefono", "sportello", "email", "messaggistica"],
    serviceTypeWeights: [5, 3, 2],
    sustainabilityWeights: [4, 3, 2, 1],
    operators: [2, 12],
    volunteerShare: [0, 0.5],
    titles: [
      "Accompagnamento digitale per le domande di sostegno al reddito",
      "Facilitatori digitali per reddito di cittadinanza e reddito di emergenza",
      "Aiuto a distanza per presentare le domande online",
    ],
    summaries: [
      "Operatori e facilitatori digitali aiutano al telefono i cittadini a presentare le domande online per il reddito di cittadinanza, il reddito di emergenza e gli altri sostegni.",
      "Il servizio accompagna le persone con poca dimestichezza digitale nelle procedure online per ottenere le misure di sostegno al reddito.",
    ],
    intros: [
      "Durante l'emergenza quasi tutte le domande per le misure di sostegno sono diventate esclusivamente online, escludendo chi non ha competenze digitali.",
      "Con patronati e sportelli chiusi, molte persone non riuscivano a presentare le domande per il reddito di cittadinanza o il reddito di emergenza.",
    ],
    details: [
      "Il cittadino prenota una telefonata e un operatore lo guida passo per passo nella compilazione, anche condividendo lo schermo.",
      "Gli operatori aiutano a ottenere le credenziali SPID e a caricare i documenti richiesti.",
      "Per chi non dispone di uno smartphone o di un pc è possibile un appuntamento in presenza, in una postazione attrezzata e sanificata.",
      "Chi presenta la domanda riceve anche informazioni sui patti per l'inclusione e sugli altri servizi attivi.",
    ],
    innovations: [
      "Il servizio ha introdotto nel lavoro sociale la figura del facilitatore digitale.",
      "L'accompagnamento digitale ha ridotto le domande respinte per errori formali.",
    ],
    feedbacks: [
      "I cittadini hanno apprezzato la pazienza degli operatori; molti hanno ottenuto per la prima volta un'identità digitale.",
      "Gli operatori segnalano che le procedure, cambiate più volte nel periodo, hanno richiesto un aggiornamento continuo.",
    ],
  },
  {
    key: "dipendenze-distanza",
    areas: ["dipendenze"],
    technologies: ["videochiamate", "app-messaggistica", "numero-verde"],
    networks: ["servizi-sanitari", "terzo-settore", "volontariato-protezione-civile"],
    channels: ["telefono", "messaggistica", "sportello"],
    serviceTypeWeights: [2, 6, 2],
    sustainabilityWeights: [3, 4, 1, 2],
    operators: [2, 15],
    volunteerShare: [0, 0.5],
    minPopulation: 20_000,
    titles: [
      "Supporto a distanza per persone con dipendenze",
      "Gruppi di auto-aiuto online per le dipendenze",
      "Continuità dei percorsi per le dipendenze durante l'emergenza",
    ],
    summaries: [
      "Il servizio mantiene il contatto con le persone in percorso per dipendenze da alcol, sostanze e gioco d'azzardo attraverso colloqui telefonici e gruppi online.",
      "Colloqui individuali e gruppi di auto-aiuto si svolgono a distanza per non interrompere i percorsi di cura durante il lockdown.",
    ],
    intros: [
      "L'isolamento e l'incertezza hanno aumentato il rischio di ricadute per le persone con dipendenze, mentre molti servizi in presenza erano sospesi.",
      "Il servizio è stato riorganizzato per garantire la continuità dei percorsi di cura delle persone con dipendenze.",
    ],
    details: [
      "Gli operatori svolgono colloqui telefonici programmati e restano reperibili per le situazioni di crisi.",
      "I gruppi di auto-aiuto si incontrano in videochiamata, con la presenza di un facilitatore.",
      "In accordo con il servizio sanitario, la consegna delle terapie sostitutive è stata organizzata per ridurre gli accessi.",
      "Ai familiari sono dedicati incontri online di sostegno e informazione.",
    ],
    innovations: [
      "I gruppi online hanno coinvolto persone che prima non partecipavano agli incontri in presenza.",
      "Il servizio ha sperimentato forme di contatto più flessibili, adatte anche a chi lavora.",
    ],
    feedbacks: [
      "Gli utenti riferiscono che il contatto regolare li ha aiutati a superare i momenti più difficili dell'isolamento.",
      "Gli operatori osservano che il lavoro a distanza non sostituisce l'incontro in presenza, ma lo integra in modo utile.",
    ],
  },
  {
    key: "segretariato-sociale-online",
    areas: ["multiutenza"],
    technologies: ["moduli-online", "sito-web-istituzionale", "videoconferenza", "numero-verde"],
    networks: ["comuni-ambito", "terzo-settore"],
    channels: ["email", "telefono", "sito-web", "app-mobile", "sportello"],
    serviceTypeWeights: [1, 7, 2],
    sustainabilityWeights: [5, 3, 1, 1],
    operators: [2, 12],
    volunteerShare: [0, 0.1],
    titles: [
      "Segretariato sociale online",
      "Lo sportello sociale diventa digitale",
      "Segretariato sociale al telefono e via e-mail",
    ],
    summaries: [
      "Il segretariato sociale, chiuso al pubblico, continua a informare e orientare i cittadini al telefono, via e-mail e con un modulo online.",
      "Il servizio garantisce l'accesso al servizio sociale professionale anche durante la chiusura degli uffici, con colloqui a distanza su appuntamento.",
    ],
    intros: [
      "Con la chiusura degli uffici al pubblico, il segretariato sociale rischiava di perdere il contatto con i cittadini proprio nel momento di maggiore bisogno.",
      "Il servizio ha trasferito a distanza le funzioni di accoglienza, informazione e orientamento del segretariato sociale.",
    ],
    details: [
      "Le richieste arrivano attraverso un modulo online o una casella e-mail e vengono smistate ogni giorno agli assistenti sociali.",
      "Gli assistenti sociali richiamano la persona entro due giorni lavorativi e, se serve, fissano un colloquio in videochiamata.",
      "Le informazioni sui servizi attivi sono pubblicate e aggiornate sul sito dell'ente.",
      "Per le situazioni urgenti resta disponibile un accesso in presenza su appuntamento.",
    ],
    innovations: [
      "L'accesso digitale ha reso più semplice contattare il servizio per chi lavora o ha difficoltà a spostarsi.",
      "Il modulo online ha permesso di raccogliere dati sui bisogni in modo più ordinato.",
    ],
    feedbacks: [
      "I cittadini apprezzano di poter scrivere a qualsiasi ora; alcuni anziani preferiscono ancora il contatto in presenza.",
      "Gli assistenti sociali riferiscono che la raccolta scritta delle richieste ha migliorato l'organizzazione del lavoro.",
    ],
  },
  {
    key: "volontariato-civico",
    areas: ["multiutenza", "anziani"],
    technologies: ["moduli-online", "app-messaggistica", "pagine-social"],
    networks: ["volontariato-protezione-civile", "terzo-settore", "parrocchie-caritas"],
    channels: ["social-network", "sito-web", "telefono", "app-mobile"],
    serviceTypeWeights: [7, 1, 2],
    sustainabilityWeights: [4, 3, 2, 1],
    operators: [10, 60],
    volunteerShare: [0.75, 0.95],
    titles: [
      "Volontariato civico coordinato dai servizi sociali",
      "Una rete di volontari civici per l'emergenza",
      "Cittadini volontari al servizio della comunità",
    ],
    summaries: [
      "Il servizio raccoglie le candidature dei cittadini disponibili a fare volontariato e le coordina con le associazioni per rispondere alle richieste di aiuto.",
      "Un albo di volontari civici, formati e assicurati, affianca i servizi sociali nelle consegne, nelle telefonate e nelle attività di supporto.",
    ],
    intros: [
      "Nei primi giorni dell'emergenza moltissimi cittadini si sono offerti di aiutare, ma serviva un coordinamento per farlo in sicurezza.",
      "Il servizio nasce per indirizzare la disponibilità spontanea dei cittadini verso i bisogni reali delle persone più fragili.",
    ],
    details: [
      "I volontari si iscrivono con un modulo online e ricevono una breve formazione sulle norme di sicurezza e sul rapporto con le persone fragili.",
      "Una centrale operativa assegna i compiti in base alla disponibilità e alla zona di residenza dei volontari.",
      "I volontari si occupano di consegne, telefonate di compagnia, aiuto nei compiti e piccole commissioni in tutta la città.",
      "Tutti i volontari sono coperti da assicurazione e hanno un tesserino di riconoscimento.",
    ],
    innovations: [
      "Il servizio ha coinvolto molti giovani che non avevano mai fatto volontariato.",
      "Il coordinamento unico tra ente pubblico e associazioni ha evitato sovrapposizioni e lasciato meno persone senza risposta.",
    ],
    feedbacks: [
      "I volontari raccontano un'esperienza intensa e dichiarano di voler continuare anche dopo l'emergenza.",
      "Le associazioni segnalano che il coordinamento ha richiesto tempo, ma ha migliorato la qualità degli interventi.",
    ],
  },
  {
    key: "telefonate-compagnia-anziani",
    areas: ["anziani"],
    technologies: ["numero-verde", "videochiamate"],
    networks: ["volontariato-protezione-civile", "terzo-settore", "parrocchie-caritas", "servizi-sanitari"],
    channels: ["telefono", "posta", "domicilio"],
    serviceTypeWeights: [7, 1, 2],
    sustainabilityWeights: [4, 3, 1, 2],
    operators: [4, 40],
    volunteerShare: [0.5, 0.9],
    titles: [
      "Telefonate di compagnia per anziani soli",
      "Ti chiamo io: contatto telefonico con gli anziani",
      "Un filo diretto con le persone anziane sole",
    ],
    summaries: [
      "Volontari e operatori telefonano regolarmente agli anziani che vivono soli, per fare compagnia, verificare i bisogni e attivare aiuti se necessario.",
      "Il servizio contatta di propria iniziativa le persone anziane che vivono sole, per ridurre la solitudine e intercettare situazioni di bisogno.",
    ],
    intros: [
      "Molti anziani, soprattutto quelli che vivono soli, hanno sofferto l'isolamento più del timore del contagio.",
      "Il servizio rovescia la logica dell'attesa: non è l'anziano a chiamare, ma il servizio a cercarlo.",
    ],
    details: [
      "L'elenco delle persone da contattare è stato costruito incrociando i dati anagrafici con quelli dei servizi sociali e dei medici di famiglia.",
      "Una lettera inviata a casa ha annunciato le telefonate, perché non fossero scambiate per tentativi di truffa.",
      "Ogni volontario segue un piccolo gruppo di anziani e li chiama una o due volte alla settimana.",
      "Quando emerge un bisogno, come la spesa o una visita medica, il volontario lo segnala al servizio sociale.",
    ],
    innovations: [
      "Il contatto proattivo ha fatto emergere situazioni di fragilità sconosciute ai servizi.",
      "La lettera di presentazione ha costruito fiducia e ridotto il timore di truffe telefoniche.",
    ],
    feedbacks: [
      "Molti anziani hanno chiesto di continuare a ricevere le telefonate anche dopo la fine del lockdown.",
      "I volontari riferiscono di aver ricevuto più di quanto hanno dato, grazie ai racconti e all'affetto delle persone chiamate.",
    ],
  },
  {
    key: "assistenza-domiciliare-rimodulata",
    areas: ["anziani", "disabili"],
    technologies: ["videochiamate", "app-messaggistica"],
    networks: ["terzo-settore", "servizi-sanitari"],
    channels: ["domicilio", "telefono"],
    serviceTypeWeights: [1, 7, 2],
    sustainabilityWeights: [6, 2, 1, 1],
    operators: [4, 45],
    volunteerShare: [0, 0.1],
    titles: [
      "Assistenza domiciliare rimodulata in sicurezza",
      "Servizio di assistenza domiciliare durante l'emergenza",
      "Assistenza a domicilio per anziani e persone con disabilità",
    ],
    summaries: [
      "Il servizio di assistenza domiciliare è stato riorganizzato per proseguire in sicurezza, concentrandosi sulle prestazioni essenziali per anziani e persone con disabilità.",
      "Gli operatori socio-sanitari continuano a garantire a domicilio l'igiene personale e l'aiuto nelle attività quotidiane, con protocolli di protezione.",
    ],
    intros: [
      "Per molti anziani non autosufficienti e persone con disabilità, l'assistenza domiciliare è indispensabile e non poteva essere sospesa.",
      "Il servizio ha dovuto conciliare la continuità dell'assistenza con la protezione di utenti e operatori dal contagio.",
    ],
    details: [
      "Gli interventi sono stati riprogrammati in base alla gravità dei bisogni, sostituendo con contatti telefonici quelli non essenziali.",
      "Gli operatori lavorano con mascherine, guanti e camici e seguono un protocollo di sanificazione concordato con l'ASL.",
      "Per ridurre i contatti, ogni utente è seguito sempre dallo stesso operatore.",
      "Le famiglie che hanno rinunciato temporaneamente al servizio ricevono telefonate periodiche di monitoraggio.",
    ],
    innovations: [
      "Il protocollo di sicurezza e l'assegnazione di operatori fissi resteranno come buona pratica.",
      "Il servizio ha affiancato alle visite a domicilio il monitoraggio in videochiamata.",
    ],
    feedbacks: [
      "Le famiglie hanno riconosciuto l'impegno degli operatori, che hanno continuato a lavorare nonostante la paura del contagio.",
      "Gli operatori segnalano le difficoltà iniziali nel reperire i dispositivi di protezione.",
    ],
  },
  {
    key: "unita-di-strada",
    areas: ["poverta-disagio-adulti", "dipendenze"],
    technologies: ["app-messaggistica", "numero-verde"],
    networks: ["terzo-settore", "volontariato-protezione-civile", "servizi-sanitari", "parrocchie-caritas"],
    channels: ["sportello", "telefono"],
    serviceTypeWeights: [3, 5, 2],
    sustainabilityWeights: [4, 3, 2, 1],
    operators: [4, 30],
    volunteerShare: [0.3, 0.8],
    minPopulation: 50_000,
    titles: [
      "Unità di strada durante l'emergenza",
      "Unità di strada per persone senza dimora e con dipendenze",
      "In strada con chi non ha una casa",
    ],
    summaries: [
      "Le unità di strada incontrano ogni sera le persone che vivono in strada per distribuire pasti, kit igienici e mascherine e informarle sulle regole dell'emergenza.",
      "Il servizio rafforza le uscite delle unità di strada per raggiungere le persone senza dimora e con dipendenze rimaste senza punti di riferimento.",
    ],
    intros: [
      "Con le strade svuotate dal lockdown, le persone che vivono in strada sono diventate ancora più isolate e hanno perso molte fonti di sostegno.",
      "Il servizio porta in strada aiuti concreti e informazioni a chi non può essere raggiunto dai canali ordinari.",
    ],
    details: [
      "Le unità di strada distribuiscono pasti, bevande calde, coperte, kit igienici e dispositivi di protezione.",
      "Gli operatori spiegano le regole sugli spostamenti e rilasciano un'attestazione utile in caso di controlli.",
      "Le persone con sintomi vengono segnalate ai servizi sanitari e accompagnate verso alloggi per l'isolamento.",
      "Le uscite sono coordinate tra le associazioni per coprire tutte le zone della città senza sovrapposizioni.",
    ],
    innovations: [
      "Il coordinamento delle uscite ha creato una mappa condivisa dei luoghi in cui vivono le persone in strada.",
      "Il servizio ha distribuito per la prima volta materiale informativo sanitario in più lingue.",
    ],
    feedbacks: [
      "Gli operatori riferiscono che la costanza delle uscite ha rafforzato la fiducia delle persone incontrate.",
      "Alcune persone raggiunte hanno accettato per la prima volta di entrare in una struttura di accoglienza.",
    ],
  },
  {
    key: "pacchi-alimentari",
    areas: ["poverta-disagio-adulti", "famiglia-minori"],
    technologies: ["carte-prepagate", "numero-verde", "piattaforma-domande"],
    networks: [
      "parrocchie-caritas",
      "esercizi-commerciali-farmacie",
      "imprese-fondazioni",
      "volontariato-protezione-civile",
    ],
    channels: ["telefono", "domicilio", "sportello"],
    serviceTypeWeights: [4, 4, 2],
    sustainabilityWeights: [3, 3, 3, 1],
    operators: [5, 50],
    volunteerShare: [0.5, 0.9],
    titles: [
      "Distribuzione di pacchi alimentari alle famiglie",
      "Emporio solidale con consegna a domicilio",
      "Raccolta e distribuzione di generi alimentari",
    ],
    summaries: [
      "Il servizio raccoglie generi alimentari e prodotti per l'igiene e li distribuisce, anche a domicilio, alle famiglie in difficoltà.",
      "L'emporio solidale, riorganizzato per l'emergenza, prepara pacchi di spesa che vengono ritirati su appuntamento o consegnati a casa.",
    ],
    intros: [
      "La crisi economica legata al lockdown ha fatto crescere rapidamente il numero di famiglie che chiedono un aiuto alimentare.",
      "Il servizio riorganizza la distribuzione di alimenti per evitare assembramenti e raggiungere anche chi non può uscire.",
    ],
    details: [
      "I prodotti arrivano dalle donazioni di supermercati, produttori locali e cittadini, e da raccolte organizzate davanti ai negozi.",
      "I pacchi sono composti tenendo conto della composizione del nucleo, della presenza di bambini e di esigenze alimentari particolari.",
      "Il ritiro avviene su appuntamento, a orari scaglionati; per anziani e persone in quarantena i pacchi sono consegnati a domicilio.",
      "Le famiglie sono segnalate dal servizio sociale e dalle parrocchie, che verificano la situazione con un colloquio telefonico.",
    ],
    innovations: [
      "La raccolta di prodotti freschi dai produttori locali ha migliorato la qualità dei pacchi.",
      "Il servizio ha messo in rete realtà che prima distribuivano aiuti ciascuna per conto proprio.",
    ],
    feedbacks: [
      "Le famiglie apprezzano la discrezione del ritiro su appuntamento e la presenza di prodotti per l'infanzia.",
      "I volontari segnalano la fatica di gestire una domanda cresciuta così rapidamente.",
    ],
  },
  {
    key: "comunita-rom-sinti",
    areas: ["immigrati-rom-sinti-caminanti"],
    technologies: ["app-messaggistica", "videochiamate", "dispositivi-comodato"],
    networks: ["terzo-settore", "servizi-sanitari", "volontariato-protezione-civile", "scuole"],
    channels: ["domicilio", "telefono", "messaggistica"],
    serviceTypeWeights: [4, 4, 2],
    sustainabilityWeights: [3, 4, 1, 2],
    operators: [2, 15],
    volunteerShare: [0, 0.5],
    minPopulation: 60_000,
    titles: [
      "Sostegno alle comunità Rom e Sinti durante l'emergenza",
      "Presidio sociale e sanitario negli insediamenti Rom e Sinti",
      "Informazione e beni essenziali per le comunità Rom, Sinti e Caminanti",
    ],
    summaries: [
      "Operatori sociali e mediatori raggiungono gli insediamenti Rom e Sinti per distribuire beni essenziali, informare sulle regole sanitarie e sostenere la scuola a distanza.",
      "Il servizio garantisce un presidio di informazione, prevenzione e aiuto materiale alle famiglie Rom e Sinti più isolate.",
    ],
    intros: [
      "Le famiglie Rom e Sinti che vivono in insediamenti hanno affrontato l'emergenza con forti difficoltà di accesso all'acqua, all'informazione e alla scuola a distanza.",
      "Il servizio nasce per garantire anche alle comunità Rom e Sinti l'accesso alle misure di protezione e di sostegno previste per l'emergenza.",
    ],
    details: [
      "I mediatori spiegano le regole di prevenzione e distribuiscono mascherine, gel igienizzante e materiale informativo.",
      "In collaborazione con i servizi sanitari sono organizzati controlli e, quando necessario, percorsi di isolamento.",
      "Gli operatori aiutano le famiglie a chiedere i buoni spesa e a procurarsi i dispositivi per la didattica a distanza.",
      "Un referente per ogni nucleo mantiene il contatto con gli operatori per telefono e con messaggi.",
    ],
    innovations: [
      "La presenza di mediatori appartenenti alle comunità ha rafforzato la fiducia verso i servizi.",
      "Il servizio ha costruito un canale di contatto stabile con le famiglie, prima inesistente.",
    ],
    feedbacks: [
      "Le famiglie hanno accolto positivamente la presenza regolare degli operatori.",
      "Gli operatori segnalano la difficoltà di garantire la didattica a distanza in assenza di connessione.",
    ],
  },
  {
    key: "informazione-multilingue",
    areas: ["immigrati-rom-sinti-caminanti", "multiutenza"],
    technologies: ["pagine-social", "sito-web-istituzionale", "app-messaggistica"],
    networks: ["terzo-settore", "scuole", "servizi-sanitari"],
    channels: ["sito-web", "social-network", "messaggistica", "posta"],
    serviceTypeWeights: [7, 1, 2],
    sustainabilityWeights: [3, 4, 2, 1],
    operators: [2, 10],
    volunteerShare: [0, 0.5],
    minPopulation: 10_000,
    titles: [
      "Informazioni sull'emergenza in più lingue",
      "Comunicazione multilingue per cittadini stranieri",
      "Campagna informativa multilingue sui servizi attivi",
    ],
    summaries: [
      "Il servizio traduce e diffonde in più lingue le informazioni sulle regole dell'emergenza e sui servizi sociali attivi in città.",
      "Video, messaggi vocali e schede tradotte spiegano ai cittadini stranieri come proteggersi e a quali aiuti possono accedere.",
    ],
    intros: [
      "Le informazioni sull'emergenza cambiavano rapidamente e spesso non raggiungevano i cittadini stranieri che non leggono l'italiano.",
      "Il servizio è nato per garantire a tutti i residenti, qualunque sia la loro lingua, informazioni chiare e aggiornate.",
    ],
    details: [
      "Le schede informative sono tradotte da mediatori culturali e aggiornate a ogni nuovo provvedimento.",
      "I materiali circolano attraverso i gruppi di messaggistica delle comunità straniere e le associazioni.",
      "Una pagina del sito raccoglie tutti i materiali tradotti, da scaricare e stampare.",
      "Per chi ha bisogno di chiarimenti, un mediatore risponde ai messaggi nelle principali lingue.",
    ],
    innovations: [
      "La collaborazione con i referenti delle comunità ha moltiplicato la diffusione dei messaggi.",
      "I contenuti audio e video hanno raggiunto anche le persone che non sanno leggere.",
    ],
    feedbacks: [
      "Le associazioni segnalano che i materiali sono stati condivisi e ripresi anche fuori dal territorio.",
      "Gli operatori hanno ricevuto molte domande pratiche, segno di un bisogno informativo ancora ampio.",
    ],
  },
  {
    key: "sostegno-caregiver",
    areas: ["disabili", "anziani"],
    technologies: ["videoconferenza", "videochiamate", "numero-verde"],
    networks: ["terzo-settore", "servizi-sanitari", "volontariato-protezione-civile"],
    channels: ["telefono", "email", "domicilio"],
    serviceTypeWeights: [5, 3, 2],
    sustainabilityWeights: [4, 3, 1, 2],
    operators: [2, 15],
    volunteerShare: [0, 0.4],
    titles: [
      "Sostegno ai caregiver familiari",
      "Aiuto a chi assiste un familiare non autosufficiente",
      "Gruppi online e sollievo per i caregiver",
    ],
    summaries: [
      "Il servizio sostiene i familiari che assistono in casa persone con disabilità o anziani non autosufficienti, rimasti senza i servizi abituali.",
      "Gruppi di sostegno online, consulenze telefoniche e brevi interventi di sollievo a domicilio aiutano i caregiver familiari durante l'emergenza.",
    ],
    intros: [
      "Con la chiusura di centri diurni e servizi semiresidenziali, il carico di cura è ricaduto interamente sulle famiglie.",
      "Il servizio nasce per prevenire l'esaurimento dei caregiver, che durante l'emergenza hanno assistito i propri cari senza pause.",
    ],
    details: [
      "Ogni settimana si riunisce online un gruppo di sostegno guidato da uno psicologo.",
      "Un'assistente sociale dedicata risponde alle richieste di consulenza e aiuta a organizzare l'assistenza.",
      "Per le situazioni più pesanti sono previsti interventi di sollievo a domicilio di alcune ore, svolti da operatori con i dispositivi di protezione.",
      "I caregiver ricevono indicazioni pratiche su come proteggere dal contagio la persona assistita.",
    ],
    innovations: [
      "Il servizio ha riconosciuto il caregiver come destinatario diretto di interventi, e non solo come risorsa.",
      "I gruppi online hanno permesso di partecipare anche a chi non poteva lasciare solo il familiare.",
    ],
    feedbacks: [
      "I caregiver hanno trovato nel gruppo uno spazio per condividere fatiche e soluzioni.",
      "Gli operatori osservano che il bisogno di sollievo supera le ore che il servizio riesce a offrire.",
    ],
  },
  {
    key: "laboratori-online-minori",
    areas: ["famiglia-minori"],
    technologies: ["videoconferenza", "pagine-social", "dispositivi-comodato"],
    networks: ["scuole", "terzo-settore", "volontariato-protezione-civile"],
    channels: ["social-network", "sito-web", "email"],
    serviceTypeWeights: [5, 3, 2],
    sustainabilityWeights: [2, 5, 2, 1],
    operators: [3, 25],
    volunteerShare: [0.1, 0.6],
    titles: [
      "Laboratori online per bambini e ragazzi",
      "Animazione e centri estivi a distanza",
      "Attività creative online per bambini in casa",
    ],
    summaries: [
      "Educatori e animatori propongono ogni giorno laboratori, letture e giochi online per bambini e ragazzi costretti a casa.",
      "Il servizio porta online le attività dei centri di aggregazione giovanile e dei servizi per l'infanzia, per mantenere il contatto con bambini e famiglie.",
    ],
    intros: [
      "La chiusura di scuole, centri di aggregazione e spazi gioco ha lasciato bambini e ragazzi senza occasioni di incontro.",
      "Il servizio nasce per offrire ai bambini attività educative e di svago, e ai genitori un sostegno nell'organizzare le giornate.",
    ],
    details: [
      "Il calendario delle attività è pubblicato ogni settimana e comprende letture animate, laboratori creativi, musica e attività motorie.",
      "Le attività si svolgono in piccoli gruppi in videoconferenza, divisi per età.",
      "Alle famiglie senza connessione vengono consegnati kit di materiali e schede di attività da svolgere a casa.",
      "Gli educatori mantengono un contatto individuale con i ragazzi che partecipano meno.",
    ],
    innovations: [
      "Le attività online hanno raggiunto anche bambini che non frequentavano i centri.",
      "Il servizio ha prodotto materiali riutilizzabili anche dopo l'emergenza.",
    ],
    feedbacks: [
      "Bambini e genitori hanno apprezzato la regolarità degli appuntamenti, che ha dato un ritmo alle giornate.",
      "Gli educatori segnalano la difficoltà di coinvolgere gli adolescenti, già stanchi degli schermi dopo le lezioni online.",
    ],
  },
  {
    key: "incontri-protetti-videochiamata",
    areas: ["famiglia-minori"],
    technologies: ["videochiamate", "videoconferenza", "dispositivi-comodato"],
    networks: ["terzo-settore", "servizi-sanitari"],
    channels: ["telefono", "email"],
    serviceTypeWeights: [5, 3, 2],
    sustainabilityWeights: [2, 5, 2, 1],
    operators: [2, 10],
    volunteerShare: [0, 0],
    minPopulation: 8_000,
    titles: [
      "Incontri protetti in videochiamata",
      "Relazioni familiari a distanza per minori in comunità e in affido",
      "Spazio neutro online per minori e famiglie",
    ],
    summaries: [
      "Gli incontri protetti tra minori in comunità o in affido e i loro genitori proseguono in videochiamata, con la presenza di un educatore.",
      "Il servizio permette ai minori allontanati dalla famiglia di mantenere i contatti con genitori e fratelli anche durante il lockdown.",
    ],
    intros: [
      "La sospensione degli incontri in presenza rischiava di interrompere le relazioni tra i minori accolti e le loro famiglie.",
      "Il servizio riorganizza a distanza gli incontri protetti disposti dall'autorità giudiziaria.",
    ],
    details: [
      "Gli incontri si svolgono su una piattaforma sicura, con un educatore collegato che osserva e, se necessario, interviene.",
      "Prima di ogni incontro l'educatore prepara il minore e il genitore, concordando tempi e regole del collegamento.",
      "Alle famiglie senza dispositivi adeguati vengono prestati tablet o messe a disposizione postazioni protette.",
      "Le relazioni sugli incontri sono condivise con l'assistente sociale e, quando richiesto, con il tribunale.",
    ],
    innovations: [
      "La videochiamata ha permesso incontri più frequenti e più brevi, adatti ai bambini piccoli.",
      "Alcuni genitori che vivono lontano hanno potuto partecipare per la prima volta con regolarità.",
    ],
    feedbacks: [
      "Gli educatori osservano che i bambini più piccoli faticano a mantenere l'attenzione durante il collegamento.",
      "I genitori hanno apprezzato la possibilità di non interrompere il contatto con i figli.",
    ],
  },
  {
    key: "supporto-quarantena",
    areas: ["multiutenza", "anziani"],
    technologies: ["numero-verde", "app-messaggistica"],
    networks: ["volontariato-protezione-civile", "servizi-sanitari", "esercizi-commerciali-farmacie", "forze-ordine"],
    channels: ["telefono", "domicilio", "messaggistica"],
    serviceTypeWeights: [7, 1, 2],
    sustainabilityWeights: [1, 2, 6, 1],
    operators: [4, 40],
    volunteerShare: [0.4, 0.9],
    titles: [
      "Supporto alle persone in quarantena",
      "Aiuti a domicilio per chi è in isolamento domiciliare",
      "Nessuno solo in quarantena",
    ],
    summaries: [
      "Il servizio garantisce spesa, farmaci, ritiro dei rifiuti e un contatto telefonico quotidiano alle persone in quarantena o in isolamento domiciliare.",
      "Le persone positive o in quarantena senza una rete di aiuto ricevono a domicilio beni essenziali e sostegno telefonico.",
    ],
    intros: [
      "Le persone in quarantena non potevano uscire nemmeno per i bisogni essenziali, e molte non avevano parenti o vicini in grado di aiutarle.",
      "Il servizio nasce dalla collaborazione con i servizi sanitari, che segnalano le persone in isolamento prive di una rete di supporto.",
    ],
    details: [
      "Una centrale telefonica contatta ogni giorno le persone in isolamento per raccogliere i bisogni e verificare le condizioni generali.",
      "I volontari della protezione civile consegnano spesa e farmaci lasciandoli davanti alla porta.",
      "Il ritiro dei rifiuti è organizzato con un servizio dedicato, secondo le indicazioni sanitarie.",
      "Chi vive con preoccupazione l'isolamento può essere indirizzato a un supporto psicologico.",
    ],
    innovations: [
      "Il flusso di segnalazioni tra servizi sanitari e sociali ha anticipato le risposte ai bisogni.",
      "Il contatto quotidiano ha ridotto l'ansia e aiutato le persone a rispettare l'isolamento.",
    ],
    feedbacks: [
      "Le persone raggiunte hanno sottolineato quanto il contatto quotidiano le abbia fatte sentire meno sole.",
      "I volontari segnalano che indicazioni sanitarie precise hanno reso il lavoro più sicuro.",
    ],
  },
  {
    key: "videochiamate-strutture-residenziali",
    areas: ["anziani", "disabili"],
    technologies: ["videochiamate", "dispositivi-comodato"],
    networks: ["servizi-sanitari", "terzo-settore", "imprese-fondazioni"],
    channels: ["telefono", "email", "messaggistica"],
    serviceTypeWeights: [7, 1, 2],
    sustainabilityWeights: [5, 3, 1, 1],
    operators: [2, 20],
    volunteerShare: [0, 0.5],
    titles: [
      "Videochiamate tra ospiti delle strutture e familiari",
      "Vicini anche da lontano: tablet nelle residenze per anziani",
      "Collegamenti video per gli ospiti delle strutture residenziali",
    ],
    summaries: [
      "Il servizio fornisce tablet alle strutture residenziali per permettere agli ospiti anziani e con disabilità di vedere e sentire i propri familiari.",
      "Con le visite sospese, operatori dedicati organizzano videochiamate programmate tra gli ospiti delle residenze e le loro famiglie.",
    ],
    intros: [
      "La chiusura delle strutture residenziali alle visite ha separato improvvisamente gli ospiti dai loro familiari.",
      "Il servizio nasce per contrastare la solitudine degli ospiti delle residenze, aggravata dall'impossibilità di ricevere visite.",
    ],
    details: [
      "I tablet, donati da imprese e fondazioni, sono stati distribuiti alle strutture del territorio.",
      "Un operatore per struttura organizza il calendario delle videochiamate e aiuta gli ospiti durante il collegamento.",
      "I familiari prenotano la videochiamata per telefono o e-mail e ricevono informazioni sulle condizioni del proprio caro.",
      "Per gli ospiti con difficoltà cognitive si preferiscono chiamate brevi e frequenti, alla presenza di un operatore conosciuto.",
    ],
    innovations: [
      "Le videochiamate resteranno uno strumento ordinario per i familiari che vivono lontano.",
      "Il servizio ha reso più trasparente la comunicazione tra strutture e famiglie.",
    ],
    feedbacks: [
      "I familiari hanno vissuto le videochiamate come un momento di grande sollievo.",
      "Gli operatori hanno visto migliorare l'umore di molti ospiti dopo i primi collegamenti.",
    ],
  },
  {
    key: "contributo-economico-straordinario",
    areas: ["poverta-disagio-adulti", "famiglia-minori"],
    technologies: ["piattaforma-domande", "moduli-online", "carte-prepagate"],
    networks: ["terzo-settore", "imprese-fondazioni", "comuni-ambito"],
    channels: ["sito-web", "email", "telefono"],
    serviceTypeWeights: [7, 1, 2],
    sustainabilityWeights: [1, 2, 6, 1],
    operators: [2, 12],
    volunteerShare: [0, 0.2],
    titles: [
      "Contributo economico straordinario per l'emergenza",
      "Sostegno economico a chi ha perso il lavoro",
      "Fondo di solidarietà per lavoratori senza reddito",
    ],
    summaries: [
      "Il servizio eroga un contributo economico straordinario alle persone e alle famiglie rimaste senza reddito e senza altri sostegni pubblici.",
      "Un fondo di solidarietà, alimentato anche da donazioni, sostiene lavoratori precari, stagionali e autonomi colpiti dalla crisi.",
    ],
    intros: [
      "Molti lavoratori precari, stagionali e irregolari sono rimasti esclusi dagli ammortizzatori sociali previsti per l'emergenza.",
      "Il servizio nasce per coprire il vuoto tra la perdita del lavoro e l'arrivo delle misure nazionali di sostegno.",
    ],
    details: [
      "La domanda si presenta online e richiede un'autodichiarazione sulla situazione lavorativa e sul reddito del nucleo.",
      "Il contributo è erogato in una o più mensilità, con importi proporzionati al numero dei componenti della famiglia.",
      "Gli assistenti sociali contattano i richiedenti per proporre, dove utile, un percorso di accompagnamento.",
      "Le domande sono valutate in ordine di arrivo, con priorità ai nuclei con minori o persone con disabilità.",
    ],
    innovations: [
      "Il fondo ha raccolto donazioni di cittadini e imprese, rafforzando il senso di comunità.",
      "Il servizio ha intercettato categorie di lavoratori prima sconosciute ai servizi sociali.",
    ],
    feedbacks: [
      "I beneficiari hanno descritto il contributo come un aiuto decisivo nei mesi senza entrate.",
      "Gli operatori segnalano la difficoltà di verificare rapidamente le autodichiarazioni.",
    ],
  },
  {
    key: "educativa-di-strada-online",
    areas: ["famiglia-minori", "dipendenze"],
    technologies: ["pagine-social", "app-messaggistica", "videoconferenza"],
    networks: ["terzo-settore", "scuole", "servizi-sanitari"],
    channels: ["social-network", "messaggistica", "telefono", "app-mobile"],
    serviceTypeWeights: [4, 4, 2],
    sustainabilityWeights: [4, 4, 1, 1],
    operators: [2, 12],
    volunteerShare: [0, 0.3],
    minPopulation: 15_000,
    titles: [
      "Educativa di strada online per adolescenti",
      "Educatori sui social per i ragazzi",
      "Prevenzione e ascolto online per i giovani",
    ],
    summaries: [
      "Gli educatori di strada, senza più luoghi di incontro, raggiungono gli adolescenti sui social network e nelle chat per ascoltarli e proporre attività.",
      "Il servizio di educativa territoriale prosegue online, con attenzione alla prevenzione dell'uso di sostanze e del disagio giovanile.",
    ],
    intros: [
      "Con piazze, parchi e centri giovanili chiusi, gli educatori di strada hanno perso i luoghi in cui incontravano i ragazzi.",
      "L'isolamento ha aumentato tra gli adolescenti ansia, solitudine e uso problematico di internet e di sostanze.",
    ],
    details: [
      "Gli educatori sono presenti con profili dedicati sui social più usati dai ragazzi e rispondono ai messaggi in fasce orarie fisse.",
      "Sono proposte dirette online su temi scelti dai ragazzi, come musica, sport e relazioni.",
      "Nei casi di disagio più serio, gli educatori indirizzano i ragazzi verso i servizi specialistici, anche sanitari.",
      "Con le scuole sono organizzati incontri online sulla prevenzione delle dipendenze.",
    ],
    innovations: [
      "La presenza sui social ha aperto un nuovo spazio di lavoro educativo che continuerà accanto a quello in strada.",
      "I ragazzi sono stati coinvolti nella progettazione dei contenuti.",
    ],
    feedbacks: [
      "I ragazzi hanno risposto con curiosità, soprattutto alle proposte di musica e sport.",
      "Gli educatori segnalano la necessità di regole chiare per la comunicazione online con i minori.",
    ],
  },
  {
    key: "trasporto-sociale",
    areas: ["disabili", "anziani"],
    technologies: ["numero-verde", "app-messaggistica"],
    networks: ["volontariato-protezione-civile", "servizi-sanitari", "terzo-settore"],
    channels: ["telefono", "domicilio"],
    serviceTypeWeights: [2, 6, 2],
    sustainabilityWeights: [5, 3, 1, 1],
    operators: [3, 30],
    volunteerShare: [0.3, 0.9],
    titles: [
      "Trasporto sociale per visite e terapie essenziali",
      "Accompagnamento alle cure per persone fragili",
      "Trasporto protetto per anziani e persone con disabilità",
    ],
    summaries: [
      "Il servizio accompagna anziani e persone con disabilità a visite mediche, dialisi e terapie che non possono essere rinviate, con mezzi sanificati.",
      "Con il trasporto pubblico ridotto, volontari e operatori garantiscono gli spostamenti essenziali per motivi di salute alle persone fragili.",
    ],
    intros: [
      "La riduzione del trasporto pubblico e la paura del contagio hanno reso difficile per molte persone fragili raggiungere i luoghi di cura.",
      "Il servizio di trasporto sociale è stato riorganizzato per garantire in sicurezza gli spostamenti indispensabili.",
    ],
    details: [
      "Le prenotazioni si fanno per telefono con almeno un giorno di anticipo, indicando la destinazione e l'orario.",
      "I mezzi sono sanificati dopo ogni viaggio e trasportano una persona alla volta.",
      "Autisti e accompagnatori hanno i dispositivi di protezione e sono formati sulle procedure di sicurezza.",
      "Il servizio è gratuito per le persone con reddito basso e prevede un piccolo contributo per gli altri.",
    ],
    innovations: [
      "La programmazione dei viaggi concordata con i servizi sanitari ha ridotto i tempi di attesa.",
      "Il trasporto individuale ha aumentato la sicurezza percepita dagli utenti.",
    ],
    feedbacks: [
      "Gli utenti hanno apprezzato la possibilità di continuare le cure senza dipendere dai familiari.",
      "I volontari segnalano un aumento delle richieste nelle settimane della riapertura.",
    ],
  },
];
