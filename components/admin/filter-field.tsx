// The labelled fields of the admin lists' filter forms (sheets, audit log): GET forms whose URL is
// the list's state, so each field's name is also its search parameter.

const FIELD = "mt-1 rounded border border-muted px-3 py-2";

type Option = { value: string; label: string };

export function FilterSelect(props: {
  name: string;
  label: string;
  value: string | number | undefined;
  /** The first option, which filters nothing ("Tutti", "Tutte"). */
  any: string;
  options: Option[];
}) {
  return (
    <div>
      <label htmlFor={props.name} className="block font-semibold">
        {props.label}
      </label>
      <select id={props.name} name={props.name} defaultValue={props.value ?? ""} className={FIELD}>
        <option value="">{props.any}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterDate(props: { name: string; label: string; value: string | undefined }) {
  return (
    <div>
      <label htmlFor={props.name} className="block font-semibold">
        {props.label}
      </label>
      <input id={props.name} name={props.name} type="date" defaultValue={props.value ?? ""} className={FIELD} />
    </div>
  );
}

/** Options from a catalogue of labels keyed by value. */
export const labelOptions = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
