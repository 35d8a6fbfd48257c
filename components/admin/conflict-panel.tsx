import type { PracticeFormState } from "@/lib/practices/actions.validation";

const dateTime = new Intl.DateTimeFormat("it-IT", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Rome" });

/** Shown instead of saving when someone else saved the sheet since this form was opened. */
export function ConflictPanel({ conflict }: { conflict: NonNullable<PracticeFormState["conflict"]> }) {
  return (
    <section
      role="alert"
      aria-labelledby="conflitto"
      className="rounded border-2 border-danger bg-red-50 p-4"
      data-testid="conflict"
    >
      <h2 id="conflitto" className="text-xl font-bold">
        La scheda è stata modificata da un&apos;altra persona
      </h2>
      <p className="mt-1">
        {conflict.by ?? "Qualcuno"} l&apos;ha salvata il {dateTime.format(new Date(conflict.at))} (versione{" "}
        {conflict.currentVersion}), dopo che tu l&apos;avevi aperta. Le tue modifiche non sono state salvate e sono
        ancora nel modulo qui sotto.
      </p>
      <h3 className="mt-4 font-bold">Cosa ha cambiato</h3>
      {conflict.changes.length === 0 ? (
        <p>Nessun campo visibile è cambiato.</p>
      ) : (
        <table className="mt-2 w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="text-left">
              <th scope="col" className="border border-line p-2">
                Campo
              </th>
              <th scope="col" className="border border-line p-2">
                Prima
              </th>
              <th scope="col" className="border border-line p-2">
                Ora
              </th>
            </tr>
          </thead>
          <tbody>
            {conflict.changes.map((change) => (
              <tr key={change.field}>
                <th scope="row" className="border border-line p-2 text-left align-top">
                  {change.label}
                </th>
                <td className="whitespace-pre-line border border-line p-2 align-top">{change.before}</td>
                <td className="whitespace-pre-line border border-line p-2 align-top">{change.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="submit"
          name="versione_forzata"
          value={conflict.currentVersion}
          className="rounded bg-danger px-4 py-2 font-semibold text-white"
        >
          Salva comunque le mie modifiche
        </button>
        <a href="" className="rounded border border-primary px-4 py-2 font-semibold">
          Scarta le mie modifiche e ricarica
        </a>
      </div>
    </section>
  );
}
