/** A field's validation messages, referenced by the input's aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-danger">
      {messages.join(" ")}
    </p>
  );
}
