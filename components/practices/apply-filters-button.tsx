"use client";

import { useSyncExternalStore } from "react";
import { usePendingTotal } from "@/components/practices/filter-form";
import { formatInteger } from "@/lib/italian-format";

const noop = () => () => {};

const label = (total: number) => `Mostra ${total === 1 ? "1 pratica" : `${formatInteger(total)} pratiche`}`;

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
        {hydrated ? label(shown) : "Mostra le pratiche"}
      </button>
      <p role="status" className="sr-only">
        {pendingTotal !== null &&
          `Con questi filtri: ${shown === 1 ? "1 pratica" : `${formatInteger(shown)} pratiche`}`}
      </p>
    </>
  );
}
