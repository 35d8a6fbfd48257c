"use client";

/**
 * "Confronta" tick box of a card. It belongs to the separate compare form (form attribute), so
 * the filter form never submits it; its change is kept from bubbling to the filter form, which
 * would otherwise apply the filters as it does for its own checkboxes.
 */
export function CompareCheckbox({ form, slug, title }: { form: string; slug: string; title: string }) {
  return (
    <label className="no-print inline-flex items-center gap-2 text-sm">
      <input
        type="checkbox"
        name="p"
        value={slug}
        form={form}
        onChange={(event) => event.stopPropagation()}
        className="size-4"
      />
      Confronta
      <span className="sr-only">«{title}»</span>
    </label>
  );
}
