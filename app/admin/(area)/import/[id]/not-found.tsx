import { Link } from "@/components/link";

export default function ImportJobNotFound() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">Importazione non trovata</h1>
      <p>
        Questa importazione non esiste. <Link href="/admin/import">Torna alla pagina di importazione</Link>.
      </p>
    </div>
  );
}
