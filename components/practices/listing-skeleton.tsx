export function ListingSkeleton() {
  return (
    <div className="mt-6 grid animate-pulse gap-6 lg:grid-cols-[18rem_1fr]" aria-hidden="true">
      <div className="hidden h-96 rounded bg-surface lg:block" />
      <div className="grid gap-4 sm:grid-cols-2">
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className="h-40 rounded bg-surface" />
        ))}
      </div>
    </div>
  );
}
