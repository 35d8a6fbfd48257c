import { ListingSkeleton } from "@/components/practices/listing-skeleton";

export default function Loading() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <p className="sr-only" role="status">
        Caricamento delle pratiche…
      </p>
      <ListingSkeleton />
    </div>
  );
}
