import { FieldError } from "@/components/admin/field-error";

// Labelled inputs with their validation messages tied by aria-describedby. No hooks: usable
// from server and client components alike.

type Common = { name: string; label: string; errors?: string[]; hint?: string; required?: boolean };

const inputClass = "mt-1 w-full rounded border border-muted px-3 py-2 aria-[invalid=true]:border-danger";

function describedBy(name: string, errors?: string[], hint?: string) {
  return [errors?.length ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ") || undefined;
}

function Label({ name, label, required }: Common) {
  return (
    <label htmlFor={name} className="block font-semibold">
      {label}
      {required && <span aria-hidden="true"> *</span>}
      {required && <span className="sr-only"> (obbligatorio)</span>}
    </label>
  );
}

function Hint({ name, hint }: { name: string; hint?: string }) {
  return hint ? (
    <p id={`${name}-hint`} className="text-sm text-muted">
      {hint}
    </p>
  ) : null;
}

export function TextField(
  props: Common & { value?: string; type?: "text" | "number" | "date"; readOnly?: boolean; maxLength?: number },
) {
  const { name, errors, hint, value, type = "text", readOnly, maxLength, required } = props;
  return (
    <div>
      <Label {...props} />
      <Hint name={name} hint={hint} />
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={value}
        readOnly={readOnly}
        maxLength={maxLength}
        min={type === "number" ? 0 : undefined}
        aria-required={required}
        aria-invalid={Boolean(errors?.length)}
        aria-describedby={describedBy(name, errors, hint)}
        className={`${inputClass} ${readOnly ? "bg-surface" : ""}`}
      />
      <FieldError id={`${name}-error`} messages={errors} />
    </div>
  );
}

/**
 * `hydrating`: true only while React hydrates the server's HTML. React then resets a textarea to
 * its initial text, dropping what was typed before the scripts ran (inputs keep it); without an
 * initial text it leaves a typed value alone, and the text of untouched fields comes back with
 * the next render.
 */
export function TextArea(props: Common & { value?: string; rows?: number; maxLength?: number; hydrating?: boolean }) {
  const { name, errors, hint, value, rows = 4, maxLength, required, hydrating } = props;
  return (
    <div>
      <Label {...props} />
      <Hint name={name} hint={hint} />
      <textarea
        id={name}
        name={name}
        rows={rows}
        defaultValue={hydrating ? undefined : value}
        maxLength={maxLength}
        aria-required={required}
        aria-invalid={Boolean(errors?.length)}
        aria-describedby={describedBy(name, errors, hint)}
        className={inputClass}
      />
      <FieldError id={`${name}-error`} messages={errors} />
    </div>
  );
}

export function SelectField(
  props: Common & { value?: string; options: { value: string; label: string; group?: string }[]; placeholder?: string },
) {
  const { name, errors, hint, value, options, placeholder, required } = props;
  const groups = [...new Set(options.map((o) => o.group))];
  const render = (list: typeof options) =>
    list.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <div>
      <Label {...props} />
      <Hint name={name} hint={hint} />
      <select
        id={name}
        name={name}
        defaultValue={value ?? ""}
        aria-required={required}
        aria-invalid={Boolean(errors?.length)}
        aria-describedby={describedBy(name, errors, hint)}
        className={inputClass}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {groups.length > 1 || groups[0]
          ? groups.map((group) => (
              <optgroup key={group ?? ""} label={group ?? ""}>
                {render(options.filter((o) => o.group === group))}
              </optgroup>
            ))
          : render(options)}
      </select>
      <FieldError id={`${name}-error`} messages={errors} />
    </div>
  );
}

export function CheckboxGroup(props: Common & { values?: string[]; options: { value: string; label: string }[] }) {
  const { name, label, errors, hint, values = [], options, required } = props;
  return (
    <fieldset
      id={name}
      aria-invalid={Boolean(errors?.length)}
      aria-describedby={describedBy(name, errors, hint)}
      className="rounded border border-line p-3"
    >
      <legend className="px-1 font-semibold">
        {label}
        {required && <span aria-hidden="true"> *</span>}
        {required && <span className="sr-only"> (obbligatorio)</span>}
      </legend>
      <Hint name={name} hint={hint} />
      <ul className="grid gap-1 sm:grid-cols-2">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <li key={option.value}>
              <input
                type="checkbox"
                id={id}
                name={name}
                value={option.value}
                defaultChecked={values.includes(option.value)}
                className="mr-2 size-4 accent-primary align-middle"
              />
              <label htmlFor={id} className="align-middle text-sm">
                {option.label}
              </label>
            </li>
          );
        })}
      </ul>
      <FieldError id={`${name}-error`} messages={errors} />
    </fieldset>
  );
}
