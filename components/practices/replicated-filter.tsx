"use client";

const CHOICES = [
  { value: "", label: "Tutte" },
  { value: "si", label: "Replicate da altri enti" },
  { value: "no", label: "Non ancora replicate" },
] as const;

/**
 * ?replicata=si|no, part of the listing's GET form like the facets. A client component so that the
 * payload carries the chosen value, not these fields' markup.
 */
export function ReplicatedFilter({ value }: { value: "" | "si" | "no" }) {
  return (
    <fieldset className="border-t border-line py-3">
      <legend className="font-semibold">Repliche</legend>
      <div className="mt-1 flex flex-col gap-1">
        {CHOICES.map((choice) => (
          <label key={choice.value} className="flex items-center gap-2">
            <input
              type="radio"
              name="replicata"
              value={choice.value}
              defaultChecked={value === choice.value}
              className="size-4 accent-primary"
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
