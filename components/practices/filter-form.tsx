"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type ChangeEvent, type FormEvent } from "react";

/**
 * The listing's GET form. Without JavaScript it submits normally; with it, ticking a facet or
 * changing the order applies at once and submitting updates the URL without a full reload.
 */
export function FilterForm({
  action,
  children,
  className,
}: {
  action: string;
  children: React.ReactNode;
  className?: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // A ticked facet remounts with the new URL: give focus back to it, so keyboard users stay put.
  const focusedId = useRef<string | null>(null);
  useEffect(() => {
    if (pending || !focusedId.current) return;
    const element = document.getElementById(focusedId.current);
    focusedId.current = null;
    if (element && document.activeElement !== element) element.focus();
  }, [pending]);

  function navigate(form: HTMLFormElement) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === "string" && value.trim() !== "") params.append(key, value.trim());
    }
    const query = params.toString();
    focusedId.current =
      document.activeElement instanceof HTMLElement && form.contains(document.activeElement)
        ? document.activeElement.id || null
        : null;
    startTransition(() => router.push(query ? `${action}?${query}` : action, { scroll: false }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(event.currentTarget);
  }

  function onChange(event: ChangeEvent<HTMLFormElement>) {
    const target = event.target as unknown as HTMLInputElement | HTMLSelectElement;
    if (target.type === "checkbox" || target.tagName === "SELECT") navigate(event.currentTarget);
  }

  return (
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
  );
}
