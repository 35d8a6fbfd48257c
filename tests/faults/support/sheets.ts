// Sheets the fault tests import: hostile ones (markup, script, javascript: links, SQL in every
// text field) and plain batches for the load and interrupted-import tests.

export const PWNED = "__pwned";
export const xss = (n: number) => `<script>window.${PWNED}=${n}</script>`;
const attr = (n: number) => `"><img src=x onerror="window.${PWNED}=${n}">`;

export const HOSTILE_TITLE = `Spesa ${xss(1)} ${attr(2)}`;
export const HOSTILE_SUMMARY = `Fine del JSON-LD </script><script>window.${PWNED}=3</script> e link javascript:window.${PWNED}=4`;
export const HOSTILE_CODE = "HOSTILE-001";

const sql = `'; DROP TABLE "Practice"; -- 1' OR '1'='1`;

export function hostileSheets() {
  return [
    {
      codice: HOSTILE_CODE,
      titolo: HOSTILE_TITLE,
      sintesi: HOSTILE_SUMMARY,
      descrizione: `${sql}\n[clicca qui](javascript:window.${PWNED}=5) <a href="javascript:window.${PWNED}=6">link</a> <iframe src="javascript:window.${PWNED}=7"></iframe> ${attr(8)}`,
      tipo_servizio: "nuovo",
      operatori_totale: 3,
      aree_utenza: ["anziani"],
      riscontri: `<svg onload="window.${PWNED}=9"></svg> ${xss(10)}`,
      innovazione: `<style>body{display:none}</style> ${sql}`,
      note_sostenibilita: `{{constructor.constructor('window.${PWNED}=11')()}}`,
      risorse_necessarie: xss(15),
      difficolta: attr(16),
      consigli_replica: `[link](javascript:window.${PWNED}=17)`,
      contatto_pubblico: `javascript:window.${PWNED}=18 ${xss(19)}`,
      ente_nome: `Comune <b onmouseover="window.${PWNED}=12">Ostile</b> ${xss(13)}`,
      ente_tipo: "comune",
      regione: "Puglia",
      provincia: `${attr(14)}`,
      stato: "pubblicata",
    },
  ];
}

/**
 * A real sheet with a replication and a follow-up sent to it, every text the public could type
 * hostile: the same payloads, numbered apart. The replication names an ambito (its name is typed,
 * a comune's comes from ISTAT's list); a follow-up names the sheet's own entity. Each text fits
 * the forms' limits (lib/open-collection/input.ts, the sender's schema), so a form would take it.
 */
export function hostileOpenCollection(run: string) {
  return {
    sheetTitle: `Spesa aperta ${xss(30)} ${attr(31)} ${run}`,
    sheetEntity: `Comune <b onmouseover="window.${PWNED}=32">Aperto</b> ${xss(33)}`,
    replication: {
      ente_tipo: "ambito",
      ente_nome: `Ambito <i onmouseover="window.${PWNED}=34">Ostile</i> ${xss(35)}`,
      regione: "puglia",
      data_avvio: "2022-03-01",
      cosa_cambia: `${sql}\n[clicca qui](javascript:window.${PWNED}=36) <a href="javascript:window.${PWNED}=37">link</a> <iframe src="javascript:window.${PWNED}=38"></iframe> ${attr(39)}`,
      nota: `Fine del JSON-LD </script><script>window.${PWNED}=40</script> <svg onload="window.${PWNED}=41"></svg> <style>body{display:none}</style>`,
    },
    followUp: {
      data: "2023-05-10",
      stato: "prosegue-modificata",
      testo: `{{constructor.constructor('window.${PWNED}=42')()}} ${xss(43)} ${attr(44)} [link](javascript:window.${PWNED}=45) ${sql}`,
    },
    sender: {
      name: `<img src=x onerror="window.${PWNED}=46">`,
      role: xss(47),
      entity: `${attr(48)} ${sql}`,
    },
  };
}

export function plainSheets(prefix: string, count: number, titleTag = "") {
  return Array.from({ length: count }, (_, i) => ({
    codice: `${prefix}-${String(i + 1).padStart(3, "0")}`,
    titolo: `Servizio di prova ${prefix} numero ${i + 1}${titleTag}`,
    sintesi: `Sintesi della scheda di prova ${prefix} ${i + 1}, per i test di affidabilità.`,
    descrizione: `Descrizione della scheda di prova ${prefix} ${i + 1}: consegne a domicilio e ascolto telefonico.`,
    tipo_servizio: ["nuovo", "rafforzato", "misto"][i % 3],
    aree_utenza: ["anziani"],
    ente_nome: `Comune di prova ${prefix} ${i % 20}`,
    ente_tipo: "comune",
    regione: ["Puglia", "Lombardia", "Toscana", "Sicilia"][i % 4],
    stato: "pubblicata",
  }));
}
