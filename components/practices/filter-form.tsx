"use client";

import { useRouter } from "next/navigation";
import { RESULTS_HEADING_ID } from "@/components/practices/listing-ids";
import { createContext, useContext, useEffect, useRef, useState, useTransition, type FormEvent } from "react";

/** The total the filters ticked but not yet applied would give: null while unknown. */
const PendingTotal = createContext<number | null>(null);

export function usePendingTotal() {
  return useContext(PendingTotal);
}

const COUNT_DELAY_MS = 250;
const DEFAULT_SORT = "rilevanza";

function queryOf(form: HTMLFormElement) {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    // The default order is left out, as in the listing's own links.
    if (typeof value === "string" && value.trim() !== "" && !(key === "ordina" && value === DEFAULT_SORT))
      params.append(key, value.trim());
  }
  return params.toString();
}

/**
 * The listing's GET form. Filters apply only when a button is pressed — the same with and without
 * JavaScript, and the same as the map's form. With JavaScript, a changed filter asks the API how
 * many sheets the new choice would give (shown on the apply button and announced), submitting
 * updates the URL without a full reload, and when the results change focus moves to their heading.
 */
export function FilterForm({
  action,
  resultsKey,
  children,
  className,
}: {
  action: string;
  /** The applied filters and page: when it changes, the results are new. */
  resultsKey: string;
  children: React.ReactNode;
  className?: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [pendingTotal, setPendingTotal] = useState<{ key: string; total: number } | null>(null);
  const request = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const shownKey = useRef(resultsKey);

  useEffect(() => {
    if (shownKey.current === resultsKey) return;
    shownKey.current = resultsKey;
    document.getElementById(RESULTS_HEADING_ID)?.focus();
  }, [resultsKey]);

  useEffect(
    () => () => {
      request.current?.abort();
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    request.current?.abort();
    form.querySelector("details.facets-panel")?.removeAttribute("open");
    const query = queryOf(form);
    startTransition(() => router.push(query ? `${action}?${query}` : action, { scroll: false }));
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement;
    if (!target.name || target.name === "ordina") return;
    const form = event.currentTarget;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => countPending(form), COUNT_DELAY_MS);
  }

  async function countPending(form: HTMLFormElement) {
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    const query = queryOf(form);
    try {
      const response = await fetch(`/api/v1/pratiche${query ? `?${query}` : ""}`, { signal: controller.signal });
      if (!response.ok) throw new Error(String(response.status));
      const body = (await response.json()) as { totale: number };
      setPendingTotal({ key: resultsKey, total: body.totale });
    } catch {
      if (!controller.signal.aborted) setPendingTotal(null);
    }
  }

  return (
    <PendingTotal.Provider value={pendingTotal?.key === resultsKey ? pendingTotal.total : null}>
      <form
        action={action}
        method="get"
        onSubmit={onSubmit}
        onChange={onChange}
        aria-busy={pending}
        className={className}
      >
        {children}
      </form>
    </PendingTotal.Provider>
  );
}
