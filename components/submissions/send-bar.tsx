import { AltchaField } from "@/components/submissions/altcha-field";

/** The end of every public form: the proof-of-work challenge and the send button. */
export function SendBar({ pending, label }: { pending: boolean; label: string }) {
  return (
    <>
      <AltchaField />
      <div className="flex items-center gap-4 border-t border-line py-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-primary px-6 py-2 font-semibold text-white hover:bg-primary-dark disabled:opacity-60"
        >
          {pending ? "Invio in corso…" : label}
        </button>
        <span className="text-sm text-muted">I campi con * sono obbligatori.</span>
      </div>
    </>
  );
}
