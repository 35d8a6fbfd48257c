export function SampleBadge() {
  return <span className="sample-badge">Scheda illustrativa</span>;
}
