import { Link } from "@/components/link";

/** The invitation to propose a practice, on the home page, the region pages and empty listings. */
export function ProposeLink({ className = "" }: { className?: string }) {
  return (
    <p className={`rounded border border-line bg-surface p-4 ${className}`}>
      <strong>Il tuo comune ha una pratica da condividere?</strong>{" "}
      <Link href="/segnala" className="font-semibold">
        Segnalala al catalogo
      </Link>
      : la redazione la esamina e la pubblica.
    </p>
  );
}
