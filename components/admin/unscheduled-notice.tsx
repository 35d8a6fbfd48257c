/** After a save that made a new draft of a sheet whose earlier draft was scheduled for publication. */
export function UnscheduledNotice() {
  return (
    <p role="status" className="rounded border-l-4 border-warning bg-warning-light px-3 py-2" data-testid="unscheduled">
      La pubblicazione programmata è stata annullata: riguardava le modifiche com&apos;erano prima di questo
      salvataggio. Se va fatta, programmala di nuovo.
    </p>
  );
}
