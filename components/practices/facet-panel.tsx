"use client";

import { FacetTextFilter } from "@/components/practices/facet-text-filter";
import type { FacetGroup, FacetGroupOption } from "@/lib/practices/facet-groups";

// A client component on purpose: rendered on the server, its markup would also travel in the page's
// payload as a React tree (about 35 KB for 75 options); as a client component only the labels and
// counts travel (lib/practices/facet-groups.ts), and the same markup is rendered from them.

/** Groups with more options than this get a text box to narrow them (with JavaScript). */
const LONG_GROUP = 8;

function Option({ facet, option }: { facet: string; option: FacetGroupOption }) {
  const [slug, label, count, checked] = option;
  const id = `f-${facet}-${slug}`;
  return (
    <li className={count === 0 && !checked ? "text-muted" : undefined}>
      <input
        // Remount when the URL changes the value, so a removed chip unticks the box.
        key={`${id}-${checked}`}
        type="checkbox"
        id={id}
        name={facet}
        value={slug}
        defaultChecked={checked}
      />
      <label htmlFor={id}>
        {`${label} `}
        <span>{`(${count})`}</span>
      </label>
    </li>
  );
}

/**
 * One collapsible checkbox group per facet, each value with the count it would give. Values
 * that would give nothing wait behind "mostra tutte" (still there without JavaScript). Inside FilterForm.
 */
export function FacetPanel({ groups }: { groups: FacetGroup[] }) {
  return (
    <div className="flex flex-col">
      {groups.map((group) => {
        const shown = group.options.filter(([, , count, checked]) => count > 0 || checked);
        const empty = group.options.filter(([, , count, checked]) => count === 0 && !checked);
        const groupId = `gruppo-${group.key}`;
        return (
          <details
            key={group.key}
            id={groupId}
            open={group.open}
            className="facet-group"
            data-testid={`facet-group-${group.key}`}
          >
            <summary>
              {group.label}
              {group.selected > 0 && (
                <span className="font-normal"> ({group.selected === 1 ? "1 scelto" : `${group.selected} scelti`})</span>
              )}
            </summary>
            <fieldset>
              <legend className="sr-only">{group.label}</legend>
              {group.options.length > LONG_GROUP && (
                <FacetTextFilter groupId={groupId} label={`Filtra: ${group.label.toLowerCase()}`} />
              )}
              <ul className="facet-values">
                {shown.map((item) => (
                  <Option key={item[0]} facet={group.key} option={item} />
                ))}
              </ul>
              {empty.length > 0 && (
                <details className="mt-1 text-sm">
                  <summary className="cursor-pointer text-primary">
                    Mostra tutte ({empty.length === 1 ? "1 altra" : `altre ${empty.length}`} senza pratiche)
                  </summary>
                  <ul className="facet-values mt-1">
                    {empty.map((item) => (
                      <Option key={item[0]} facet={group.key} option={item} />
                    ))}
                  </ul>
                </details>
              )}
            </fieldset>
          </details>
        );
      })}
    </div>
  );
}
