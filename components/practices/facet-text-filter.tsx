"use client";

import { useState, useSyncExternalStore } from "react";

const noop = () => () => {};
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * A text box that hides the options of a long facet group not containing what is typed. Only
 * with JavaScript (without it there is nothing to render: every option stays listed).
 */
export function FacetTextFilter({ groupId, label }: { groupId: string; label: string }) {
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const [text, setText] = useState("");
  if (!hydrated) return null;

  function apply(value: string) {
    setText(value);
    const wanted = fold(value.trim());
    // Each value's label starts with its name (then its count, in a span).
    for (const item of document.querySelectorAll<HTMLElement>(`#${groupId} .facet-values li`)) {
      const name = item.querySelector("label")?.firstChild?.textContent ?? "";
      item.hidden = wanted !== "" && !fold(name).includes(wanted);
    }
  }

  const id = `${groupId}-cerca`;
  return (
    <div className="mb-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={label}
        autoComplete="off"
        onChange={(event) => {
          event.stopPropagation();
          apply(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") event.preventDefault();
        }}
        className="w-full rounded border border-muted px-2 py-1 text-sm"
      />
    </div>
  );
}
