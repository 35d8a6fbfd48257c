-- CreateTable
CREATE TABLE "SearchSynonym" (
    "id" SERIAL NOT NULL,
    "phrases" TEXT[],
    "expansions" TEXT[],
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchSynonym_pkey" PRIMARY KEY ("id")
);

-- The starting list: what social workers, officials and citizens type for what the sheets of the
-- 2020 survey say. A search containing one of the phrases (whole words, accents and case ignored)
-- also finds each expansion, searched as a phrase with Italian stemming. Administrators edit the
-- list at /admin/vocabolari/sinonimi; this migration only fills it once.
INSERT INTO "SearchSynonym" ("phrases", "expansions", "note", "updatedAt") VALUES
-- Scuola e minori
(ARRAY['dad', 'd a d'], ARRAY['didattica a distanza'], 'Sigla della didattica a distanza (2020).', now()),
(ARRAY['ddi'], ARRAY['didattica digitale integrata', 'didattica a distanza'], 'Sigla usata dal settembre 2020.', now()),
(ARRAY['scuola online', 'lezioni online', 'scuola a distanza', 'lezioni a distanza', 'e learning'], ARRAY['didattica a distanza'], '', now()),
(ARRAY['digital divide', 'divario digitale'], ARRAY['dispositivi', 'connessione', 'competenze digitali'], 'Le schede parlano di dispositivi e connessioni mancanti.', now()),
(ARRAY['pc', 'computer', 'notebook', 'portatili'], ARRAY['tablet', 'dispositivi'], 'Le schede chiamano «tablet e pc» i dispositivi in comodato.', now()),
(ARRAY['bambini', 'ragazzi', 'adolescenti'], ARRAY['minori'], 'Le schede dicono «minori».', now()),
(ARRAY['msna', 'minori stranieri non accompagnati'], ARRAY['minori stranieri', 'non accompagnati'], 'Sigla dei minori stranieri non accompagnati.', now()),
(ARRAY['ade', 'assistenza domiciliare educativa'], ARRAY['educativa domiciliare'], '', now()),
(ARRAY['spazio neutro', 'visite protette'], ARRAY['incontri protetti'], 'Incontri tra genitori e figli alla presenza di un operatore.', now()),
-- Povertà, reddito, casa
(ARRAY['senzatetto', 'senza tetto', 'clochard', 'homeless', 'senza casa', 'senza fissa dimora', 'barboni'], ARRAY['senza dimora'], 'Le schede usano «persone senza dimora».', now()),
(ARRAY['rdc'], ARRAY['reddito di cittadinanza'], 'Sigla del reddito di cittadinanza.', now()),
(ARRAY['rem'], ARRAY['reddito di emergenza'], 'Sigla del reddito di emergenza (decreto Rilancio, 2020).', now()),
(ARRAY['rei'], ARRAY['reddito di inclusione'], 'Sigla del reddito di inclusione, prima del 2019.', now()),
(ARRAY['pdc'], ARRAY['pensione di cittadinanza'], '', now()),
(ARRAY['buoni alimentari', 'voucher alimentari', 'voucher spesa', 'bonus spesa', 'buoni pasto', 'solidarieta alimentare'], ARRAY['buoni spesa'], 'Le misure di solidarietà alimentare del marzo 2020 (ordinanza 658).', now()),
(ARRAY['spesa sospesa', 'spesa solidale', 'carrello solidale', 'banco alimentare', 'pacco alimentare', 'aiuti alimentari'], ARRAY['pacchi alimentari', 'spesa sospesa', 'beni di prima necessita'], 'Raccolte e distribuzioni di generi alimentari.', now()),
(ARRAY['pasti a domicilio', 'consegna pasti', 'mensa a domicilio'], ARRAY['pasti a domicilio', 'consegna dei pasti', 'pasti caldi'], '', now()),
(ARRAY['mense', 'mensa dei poveri', 'mensa solidale'], ARRAY['mensa'], '', now()),
(ARRAY['bollette', 'affitti', 'canone di locazione', 'morosita'], ARRAY['affitto', 'utenze'], '', now()),
(ARRAY['sussidio', 'sussidi', 'bonus', 'contributo una tantum'], ARRAY['contributo economico', 'sostegno economico'], '', now()),
(ARRAY['dormitorio', 'asilo notturno', 'ricovero notturno'], ARRAY['accoglienza notturna', 'dormitorio', 'accoglienza h24'], '', now()),
-- Anziani, disabilità, cura
(ARRAY['badante', 'badanti', 'assistente familiare', 'assistenti familiari', 'colf'], ARRAY['assistenti familiari', 'assistenza domiciliare', 'caregiver'], 'Chi assiste a casa una persona non autosufficiente.', now()),
(ARRAY['care giver', 'caregivers', 'familiari che assistono', 'familiare che assiste'], ARRAY['caregiver'], '', now()),
(ARRAY['sad', 'assistenza a domicilio'], ARRAY['assistenza domiciliare'], 'Servizio di assistenza domiciliare.', now()),
(ARRAY['adi'], ARRAY['assistenza domiciliare integrata', 'assistenza domiciliare'], 'Assistenza domiciliare integrata (sociale e sanitaria).', now()),
(ARRAY['rsa', 'casa di riposo', 'case di riposo', 'ospizio', 'residenze per anziani', 'rsd'], ARRAY['strutture residenziali', 'residenze'], 'Residenze sanitarie assistenziali e per disabili.', now()),
(ARRAY['cdd', 'cse', 'centro diurno disabili'], ARRAY['centro diurno'], 'Centri diurni per persone con disabilità.', now()),
(ARRAY['terza eta', 'over 65', 'over 70', 'ultrasessantacinquenni', 'vecchi', 'nonni'], ARRAY['anziani'], '', now()),
(ARRAY['handicap', 'portatori di handicap', 'diversamente abili', 'non autosufficienti', 'non autosufficienza'], ARRAY['disabilita', 'persone con disabilita'], '', now()),
(ARRAY['consegna spesa', 'consegna della spesa', 'spesa a casa'], ARRAY['spesa a domicilio', 'spesa e farmaci a domicilio', 'consegna a domicilio', 'spesa a casa'], '', now()),
(ARRAY['medicine', 'farmaci a domicilio'], ARRAY['farmaci', 'medicinali'], '', now()),
(ARRAY['isolamento sociale', 'compagnia telefonica', 'telefonate agli anziani'], ARRAY['solitudine', 'telefonate di compagnia'], '', now()),
-- Salute, dipendenze, violenza
(ARRAY['asl', 'ausl', 'asp', 'ats', 'azienda sanitaria'], ARRAY['asl', 'servizi sanitari'], 'Le aziende sanitarie hanno nomi diversi secondo la regione.', now()),
(ARRAY['serd', 'sert', 'ser d', 'tossicodipendenza', 'tossicodipendenze', 'tossicodipendenti'], ARRAY['dipendenze'], 'Servizi per le dipendenze.', now()),
(ARRAY['ludopatia', 'gioco d azzardo', 'gap', 'azzardo'], ARRAY['gioco d azzardo', 'dipendenze'], '', now()),
(ARRAY['alcolismo', 'alcolisti'], ARRAY['alcol', 'dipendenze'], '', now()),
(ARRAY['psicologo', 'sostegno psicologico', 'supporto psicologico', 'aiuto psicologico'], ARRAY['supporto psicologico', 'sostegno psicologico', 'psicologi'], '', now()),
(ARRAY['violenza sulle donne', 'violenza di genere', 'maltrattamenti', 'femminicidio', 'violenza familiare'], ARRAY['violenza domestica', 'centri antiviolenza'], '', now()),
(ARRAY['cav', 'centro antiviolenza', '1522'], ARRAY['centri antiviolenza'], '', now()),
(ARRAY['dpi', 'mascherine', 'guanti'], ARRAY['dispositivi di protezione', 'mascherine'], 'Dispositivi di protezione individuale.', now()),
(ARRAY['covid', 'covid 19', 'coronavirus', 'sars cov 2', 'epidemia'], ARRAY['pandemia', 'emergenza sanitaria', 'contagio'], 'Le schede parlano di pandemia ed emergenza.', now()),
(ARRAY['confinamento', 'zona rossa', 'restare a casa'], ARRAY['lockdown', 'isolamento'], '', now()),
(ARRAY['positivi', 'in quarantena', 'isolamento domiciliare', 'isolamento fiduciario'], ARRAY['quarantena', 'isolamento'], '', now()),
-- Migranti, rom
(ARRAY['migranti', 'stranieri', 'extracomunitari', 'cittadini stranieri'], ARRAY['immigrati', 'stranieri', 'migranti'], '', now()),
(ARRAY['richiedenti asilo', 'rifugiati', 'sprar', 'siproimi', 'cas', 'profughi'], ARRAY['immigrati', 'accoglienza'], 'Sistema di accoglienza dei richiedenti asilo.', now()),
(ARRAY['nomadi', 'campi rom', 'sinti', 'caminanti'], ARRAY['rom', 'sinti', 'caminanti'], '', now()),
(ARRAY['mediatori culturali', 'mediazione culturale', 'mediazione interculturale', 'interpreti', 'traduzioni'], ARRAY['mediazione linguistica', 'mediatori'], '', now()),
-- Canali e tecnologie
(ARRAY['videocall', 'video chiamata', 'video chiamate', 'zoom', 'skype', 'meet', 'teams'], ARRAY['videochiamate', 'videoconferenza'], 'Piattaforme e parole per le chiamate video.', now()),
(ARRAY['whatsapp', 'telegram', 'chat', 'sms'], ARRAY['messaggistica'], 'App di messaggistica istantanea.', now()),
(ARRAY['facebook', 'instagram', 'social'], ARRAY['social network', 'pagine social'], '', now()),
(ARRAY['centralino', 'linea dedicata', 'numero dedicato', 'numero unico', 'call center'], ARRAY['numero verde', 'linea telefonica'], '', now()),
(ARRAY['helpline', 'help line', 'telefono amico', 'linea di ascolto'], ARRAY['ascolto telefonico'], '', now()),
(ARRAY['spid', 'identita digitale', 'pratiche online', 'domande online'], ARRAY['spid', 'moduli online', 'domande online'], '', now()),
(ARRAY['alfabetizzazione digitale', 'facilitazione digitale', 'facilitatori digitali', 'punto digitale'], ARRAY['accompagnamento digitale', 'competenze digitali'], '', now()),
(ARRAY['smart working', 'lavoro agile', 'telelavoro', 'lavoro da casa', 'lavoro da remoto'], ARRAY['lavoro agile', 'smart working', 'da remoto'], 'Operatori che lavorano da casa.', now()),
(ARRAY['tablet in prestito', 'pc in prestito', 'prestito di tablet'], ARRAY['comodato'], '', now()),
-- Servizi e organizzazione
(ARRAY['sportello sociale', 'pua', 'punto unico di accesso', 'segretariato'], ARRAY['segretariato sociale', 'sportello'], '', now()),
(ARRAY['ufficio di piano', 'ambito sociale', 'ambito territoriale', 'distretto sociale', 'zona sociale'], ARRAY['ambito'], 'Il nome cambia da regione a regione.', now()),
(ARRAY['terzo settore', 'no profit', 'non profit', 'onlus', 'ets', 'cooperative sociali', 'associazionismo'], ARRAY['terzo settore', 'cooperative'], '', now()),
(ARRAY['volontario civico', 'volontari civici', 'cittadinanza attiva'], ARRAY['volontariato civico'], '', now()),
(ARRAY['unita di strada', 'educativa di strada', 'street work', 'outreach'], ARRAY['unita di strada', 'educativa di strada'], '', now()),
(ARRAY['taxi sociale', 'trasporto disabili', 'trasporto anziani'], ARRAY['trasporto sociale'], '', now()),
(ARRAY['case management', 'case manager'], ARRAY['presa in carico'], '', now());

-- Typo correction also knows the phrases' words ("badnte" → "badante"); later rebuilds of the
-- dictionary add them too (lib/practices/search-words.ts).
INSERT INTO "SearchWord" ("word")
SELECT DISTINCT w FROM "SearchSynonym" s, unnest(s."phrases") AS p, regexp_split_to_table(p, ' ') AS w
WHERE length(w) >= 3 AND w !~ '^[0-9]+$'
ON CONFLICT DO NOTHING;
