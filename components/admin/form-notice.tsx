/** The outcome message of an admin form: a status when it worked, an alert when it did not. */
export function FormNotice({ state }: { state: { ok?: boolean; message?: string } }) {
  if (!state.message) return null;
  return state.ok ? (
    <p role="status" className="rounded border-l-4 border-success bg-green-50 px-3 py-2 font-semibold">
      {state.message}
    </p>
  ) : (
    <p role="alert" className="rounded border-l-4 border-danger bg-red-50 px-3 py-2 font-semibold">
      {state.message}
    </p>
  );
}
