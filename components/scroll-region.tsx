/**
 * A box that scrolls sideways when what it holds is wider than the screen (a chart, a table on a
 * phone). It takes focus, so the keyboard can scroll it, and is a region named by `label`, so a
 * screen reader says what the focused box is.
 */
export function ScrollRegion({
  label,
  children,
  className = "",
}: {
  label: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
