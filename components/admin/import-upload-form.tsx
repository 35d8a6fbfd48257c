"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import {
  IMPORT_ACCEPT,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS_LABEL,
  MAX_IMPORT_SIZE_LABEL,
  TOO_LARGE_MESSAGE,
} from "@/lib/import/limits";

// A plain multipart form that works without JavaScript (the route answers with a redirect);
// with it, the file goes by XMLHttpRequest, the only browser API that reports upload progress.

type Progress = { phase: "upload"; percent: number } | { phase: "analysis" } | null;

const FAILURES: Record<number, string> = {
  401: "La sessione è scaduta: accedi di nuovo e ricarica il file.",
  403: "Il tuo account non può importare schede.",
};

export function ImportUploadForm() {
  const router = useRouter();
  const [progress, setProgress] = useState<Progress>(null);
  const [error, setError] = useState<string | null>(null);

  function upload(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement).files?.[0];
    event.preventDefault();
    setError(null);
    if (!file) return setError("Scegli il file da importare.");
    if (file.size > MAX_IMPORT_BYTES) return setError(TOO_LARGE_MESSAGE);

    const request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.setRequestHeader("Accept", "application/json");
    request.responseType = "json";
    request.upload.onprogress = (e) =>
      e.lengthComputable && setProgress({ phase: "upload", percent: Math.round((e.loaded / e.total) * 100) });
    request.upload.onload = () => setProgress({ phase: "analysis" });
    request.onload = () => {
      const body = request.response as { location?: string; error?: string } | null;
      if (request.status === 200 && body?.location) return router.push(body.location);
      setProgress(null);
      setError(body?.error ?? FAILURES[request.status] ?? "Il caricamento non è riuscito: riprova tra poco.");
    };
    request.onerror = () => {
      setProgress(null);
      setError("Il caricamento si è interrotto: controlla la connessione e riprova.");
    };
    setProgress({ phase: "upload", percent: 0 });
    request.send(new FormData(form));
  }

  const busy = progress !== null;
  return (
    <form
      method="post"
      action="/api/admin/import"
      encType="multipart/form-data"
      onSubmit={upload}
      className="flex flex-col gap-4"
    >
      <div>
        <label htmlFor="file" className="block font-semibold">
          File delle schede
        </label>
        <input
          id="file"
          name="file"
          type="file"
          accept={IMPORT_ACCEPT}
          required
          aria-describedby="file-hint"
          className="mt-1 block"
          disabled={busy}
        />
        <p id="file-hint" className="mt-1 text-sm text-muted">
          CSV, XLSX o JSON; al massimo {MAX_IMPORT_SIZE_LABEL} e {MAX_IMPORT_ROWS_LABEL} schede per file.
        </p>
      </div>
      <fieldset>
        <legend className="font-semibold">Celle vuote nelle schede già presenti</legend>
        <label className="mt-1 flex items-start gap-2">
          <input
            type="checkbox"
            name="celle_vuote"
            value="cancellano"
            aria-describedby="celle-vuote-hint"
            className="mt-1.5"
            disabled={busy}
          />
          <span>Le celle vuote cancellano il valore del campo</span>
        </label>
        <p id="celle-vuote-hint" className="mt-1 text-sm text-muted">
          Senza questa spunta una cella vuota lascia il campo com&apos;è. Una colonna assente dal file non cambia mai il
          campo, e una cella di <code>stato</code> vuota lascia lo stato com&apos;è.
        </p>
      </fieldset>
      {error && (
        <p role="alert" className="rounded border-l-4 border-danger bg-red-50 px-3 py-2 font-semibold">
          {error}
        </p>
      )}
      {progress && (
        <div role="status" className="flex flex-col gap-1">
          {progress.phase === "upload" ? (
            <>
              <progress
                max={100}
                value={progress.percent}
                className="w-full max-w-md"
                aria-label="Caricamento del file"
              />
              <span>Caricamento del file: {progress.percent}%</span>
            </>
          ) : (
            <>
              <progress className="w-full max-w-md" aria-label="Controllo delle schede" />
              <span>
                File caricato. Controllo delle schede in corso: con migliaia di righe può richiedere fino a un minuto.
              </span>
            </>
          )}
        </div>
      )}
      <div>
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-primary px-4 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60"
        >
          {busy ? "Caricamento…" : "Carica e controlla"}
        </button>
      </div>
    </form>
  );
}
