"use client";

import { useEffect, useId, useRef } from "react";

// After a refused save, focus moves here: a list of every error, each a link that moves focus to
// its field (GOV.UK's error summary). Messages already name their field; one that does not is
// prefixed with the field's label, never with its internal name. The one summary of every form,
// admin and public: with JavaScript focus moves by script, without it (a page that comes back
// with the refusal) by the autofocus attribute.

type Props = {
  errors?: Partial<Record<string, string[] | undefined>>;
  /** Field name → its label as the form shows it, in the form's order (the summary's order too). */
  labels: Partial<Record<string, string>>;
  /** Field name → the id of the element to focus, when it is not the name itself. */
  targets?: Partial<Record<string, string>>;
  /** The heading; given without errors, the summary shows just it (a refusal of the whole form). */
  title?: string;
  /** The summary's own id, for a page that links to it. */
  id?: string;
};

export function ErrorSummary({ errors, labels, targets = {}, title, id }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  // In the form's order, whatever the order of `errors` (a kept reply comes back from jsonb with
  // its keys reordered); fields without a label last.
  const order = Object.keys(labels);
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const items = Object.entries(errors ?? {})
    .sort(([a], [b]) => rank(a) - rank(b))
    .flatMap(([field, messages]) =>
      (messages ?? []).map((message) => ({ field, message: withLabel(message, labels[field]) })),
    );
  const count = items.length;
  useEffect(() => {
    if (count || title) ref.current?.focus();
  }, [errors, count, title]);
  if (!count && !title) return null;
  return (
    <div
      ref={ref}
      id={id}
      tabIndex={-1}
      autoFocus
      role="alert"
      aria-labelledby={titleId}
      className="rounded border-4 border-danger bg-white p-4 focus:outline-4 focus:outline-offset-2 focus:outline-black"
    >
      <h2 id={titleId} className="text-xl font-bold">
        {title ?? (count === 1 ? "C'è un problema da correggere" : `Ci sono ${count} problemi da correggere`)}
      </h2>
      {count > 0 && (
        <ul className="mt-2 list-disc pl-6">
          {items.map(({ field, message }, index) => {
            const target = targets[field] ?? (field in labels ? field : undefined);
            return (
              <li key={`${field}-${index}`}>
                {target ? (
                  <a
                    href={`#${target}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(target);
                    }}
                    className="font-semibold text-danger underline"
                  >
                    {message}
                  </a>
                ) : (
                  <span className="font-semibold">{message}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

// "Titolo: almeno 5 caratteri." names its field already.
const NAMED = /^[^:«»]{2,60}: /;

function withLabel(message: string, label?: string) {
  return !label || NAMED.test(message) ? message : `${label}: ${message}`;
}

/** Focuses the field (the first control of a group) and scrolls its label into view. */
function focusField(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  const control = element.matches("input, select, textarea")
    ? element
    : element.querySelector<HTMLElement>("input, select, textarea");
  (control ?? element).focus();
  const label = control?.id ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
  (element.closest("fieldset")?.querySelector("legend") ?? label)?.scrollIntoView({ block: "nearest" });
}
