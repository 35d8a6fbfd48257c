export const COMPARE_FORM_ID = "confronta";

/** The empty GET form that the cards' "Confronta" boxes and the compare button belong to. */
export function CompareForm() {
  return <form id={COMPARE_FORM_ID} action="/confronta" method="get" className="hidden" aria-hidden="true" />;
}

export function CompareButton() {
  return (
    <button
      type="submit"
      form={COMPARE_FORM_ID}
      className="rounded border border-primary px-3 py-1 text-sm font-semibold text-primary hover:bg-primary-lightest"
    >
      Confronta le pratiche selezionate (2 o 3)
    </button>
  );
}
