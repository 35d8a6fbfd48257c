// A page that calls notFound() while it is rendered for the request (an unknown sheet, entity,
// region or status link) is answered by Next 16.4, under Cache Components, with its error shell:
// `<html id="__next_error__">` and an empty body, the not-found page existing only in the script
// data that React renders from. Without JavaScript that is a blank page with no title. The
// production server adds, right after <body>, a <noscript> with the same message in plain words;
// with JavaScript nothing changes (React renders the page's own not-found view).

const SHELL = Buffer.from('<html id="__next_error__"');
const BODY = Buffer.from("<body>");

const MESSAGE = Buffer.from(
  `<noscript><div style="font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem">` +
    `<h1>Pagina non trovata</h1>` +
    `<p>L'indirizzo non corrisponde a nessuna pagina pubblicata del catalogo: la scheda o l'ente possono essere stati archiviati, oppure l'indirizzo contiene un errore.</p>` +
    `<p><a href="/">Torna alla home</a> · <a href="/pratiche">Cerca tra le pratiche</a></p>` +
    `</div></noscript>`,
);

/** The error shell of a 404 with the plain message added; null for any other page. */
export function withNotFoundMessage(page: Buffer): Buffer | null {
  const shell = page.indexOf(SHELL);
  if (shell < 0 || shell > 64) return null;
  const body = page.indexOf(BODY, shell);
  if (body < 0) return null;
  const at = body + BODY.byteLength;
  return Buffer.concat([page.subarray(0, at), MESSAGE, page.subarray(at)]);
}
