export function SampleBadge() {
  return (
    <span className="inline-block rounded border border-warning bg-warning-light px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-warning">
      Scheda illustrativa
    </span>
  );
}
