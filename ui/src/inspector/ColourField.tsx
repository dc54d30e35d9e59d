// A colour field: a row of swatches (the colour codes' palette) with "Default", a
// hex field that takes `#rrggbb` or `rrggbb`, and the system picker for any other
// colour. The record's own colour (`own`) or, when it has none, `fallback` (the
// kind's colour, a link's target's colour). A swatch or Default commits at once;
// the hex field on Enter or blur; the picker when it reports it is done (the
// `change` event), not at every step of a drag (`input`).

import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import type { ReactNode } from "react";

import { CODE_SWATCHES, parseHex } from "./colour";
import { draftKeyDown, FieldErrors, useDraft } from "./fields";
import type { Issue } from "./nodeForm";
import { parsed } from "./sections";

export function ColorField({
  field,
  label,
  own,
  fallback,
  fallbackLabel,
  issues,
  hint,
  onChange,
}: {
  readonly field: string;
  readonly label: string;
  readonly own: string | null;
  readonly fallback: string;
  /** What `fallback` is, e.g. "kind colour". */
  readonly fallbackLabel: string;
  readonly issues?: readonly Issue[];
  /** What the colour is for, under the field. */
  readonly hint?: ReactNode;
  readonly onChange: (color: string | null) => void;
}) {
  const id = useId();
  const picker = useRef<HTMLInputElement>(null);
  // While the user drags in the picker: the colour under the pointer.
  const [live, setLive] = useState<string | null>(null);
  const effective = own ?? fallback;
  const latest = useRef({ own, onChange });
  useLayoutEffect(() => {
    latest.current = { own, onChange };
  });
  const pick = (color: string | null) => {
    if (color !== latest.current.own) latest.current.onChange(color);
  };
  const hex = useDraft(
    own ?? "",
    parsed(parseHex, (color) => pick(color)),
  );

  useEffect(() => {
    const element = picker.current;
    if (element === null) return undefined;
    const done = () => {
      setLive(null);
      const color = element.value.toLowerCase();
      if (color !== latest.current.own) latest.current.onChange(color);
    };
    element.addEventListener("change", done);
    return () => element.removeEventListener("change", done);
  }, []);

  const shown = live ?? effective;
  const errorsId = `${id}-errors`;
  return (
    <div className="kt-inspector__field">
      <div className="kt-inspector__label-row">
        <label className="kt-inspector__label" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="kt-inspector__swatches" role="group" aria-label={`${label}: swatches`}>
        <button
          type="button"
          className="kt-inspector__chip kt-inspector__chip--default"
          data-testid="inspector-reset-color"
          aria-pressed={own === null}
          disabled={own === null}
          title={`Default: the ${fallbackLabel} (${fallback})`}
          onClick={() => pick(null)}
        >
          <span className="kt-inspector__dot" style={{ background: fallback }} aria-hidden="true" />
          Default
        </button>
        {CODE_SWATCHES.map((swatch) => (
          <button
            key={swatch.color}
            type="button"
            className="kt-inspector__chip kt-inspector__chip--swatch"
            data-testid={`inspector-swatch-${swatch.color.slice(1)}`}
            aria-pressed={own === swatch.color}
            aria-label={`${swatch.name} ${swatch.color}`}
            title={`${swatch.name} ${swatch.color}`}
            style={{ background: swatch.color }}
            onClick={() => pick(swatch.color)}
          />
        ))}
      </div>
      <div className="kt-inspector__color">
        <input
          id={id}
          ref={picker}
          type="color"
          className="kt-inspector__swatch"
          data-testid={`inspector-field-${field}`}
          title="Any other colour"
          value={shown}
          onChange={(event) => setLive(event.currentTarget.value.toLowerCase())}
        />
        <input
          className="kt-inspector__input kt-inspector__input--mono kt-inspector__hex"
          data-testid={`inspector-field-${field}-hex`}
          aria-label={`${label} as a hex code`}
          aria-invalid={hex.error !== null}
          aria-describedby={hex.error !== null ? errorsId : undefined}
          autoComplete="off"
          spellCheck={false}
          value={live ?? hex.value}
          placeholder={`${fallback} · ${fallbackLabel}`}
          onChange={(event) => hex.setDraft(event.currentTarget.value)}
          onBlur={() => hex.flush()}
          onKeyDown={draftKeyDown(hex, false)}
        />
      </div>
      {hint}
      <FieldErrors field={field} id={errorsId} error={hex.error} issues={issues} />
    </div>
  );
}
