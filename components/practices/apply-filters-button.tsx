"use client";

import { useSyncExternalStore } from "react";
import { usePendingTotal } from "@/components/practices/filter-form";
import { practicesCount } from "@/lib/practices/practices-count";

const noop = () => () => {};

/**
 * The one button that applies the filters. Without JavaScript it cannot know what unapplied
 * ticks would give, so it says only "Mostra le pratiche"; with it, it names the count of the
 * current choice and announces it when a change alters it.
 */
export function ApplyFiltersButton({ total }: { total: number }) {
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const pendingTotal = usePendingTotal();
  const shown = pendingTotal ?? total;
  return (
    <>
      <button
        type="submit"
        className="w-full rounded bg-primary px-4 py-3 font-semibold text-white hover:bg-primary-dark"
        data-testid="apply-filters"
      >
        {hydrated ? `Mostra ${practicesCount(shown)}` : "Mostra le pratiche"}
      </button>
      <p role="status" className="sr-only">
        {pendingTotal !== null && `Con questi filtri: ${practicesCount(shown)}`}
      </p>
    </>
  );
}
