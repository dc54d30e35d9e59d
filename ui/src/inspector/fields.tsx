// The Inspector's fields. Each shows the stored value until the user types; what
// was typed is committed on blur and on Enter (one edit, only when it changed),
// Escape puts the stored value back. While a field holds typed text, a new view
// of the same record does not overwrite it; a field taken away while it holds
// typed text commits it. Selects, checkboxes and colours commit when the user has
// made the choice.

import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import type { FocusEvent, KeyboardEvent, ReactNode, Ref } from "react";

import type { Issue } from "./nodeForm";

/** What typed text does: `null` when it was taken (or changed nothing), else why not. */
export type Commit = (text: string) => string | null;

export interface Draft {
  /** What the field shows: the typed text, else the stored value. */
  readonly value: string;
  /** Why the typed text was not taken, until the user types again or reverts. */
  readonly error: string | null;
  readonly setDraft: (text: string) => void;
  /** Commits the typed text, if any. */
  readonly flush: () => void;
  /** Drops the typed text: the field shows the stored value again. */
  readonly revert: () => void;
  /** Shows `message` and keeps what was typed, sending nothing. */
  readonly refuse: (message: string) => void;
}

export function useDraft(stored: string, commit: Commit): Draft {
  const [draft, setDraftState] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Handlers that run in one event (Escape then the blur it causes) see each
  // other's changes through the ref.
  const draftRef = useRef<string | null>(null);
  const latest = useRef({ stored, commit });
  useLayoutEffect(() => {
    latest.current = { stored, commit };
  });
  // A field taken away while it holds typed text (the selection changed by a
  // shortcut, an undo, a new node; the inspector closed) fires no blur: what was
  // typed is committed then, for the record it was typed for. The owner's `commit`
  // refuses it when that record is gone.
  useEffect(
    () => () => {
      const text = draftRef.current;
      draftRef.current = null;
      if (text !== null && text !== latest.current.stored) latest.current.commit(text);
    },
    [],
  );

  const put = (text: string | null) => {
    draftRef.current = text;
    setDraftState(text);
  };

  return {
    value: draft ?? stored,
    error,
    setDraft: (text) => {
      put(text);
      setError(null);
    },
    flush: () => {
      const text = draftRef.current;
      if (text === null) return;
      const message = text === stored ? null : commit(text);
      setError(message);
      if (message === null) put(null);
    },
    revert: () => {
      put(null);
      setError(null);
    },
    refuse: setError,
  };
}

/**
 * Commits what `element` holds, unless the browser says it holds something it
 * cannot report: a date input half filled in has the value "" (which would clear
 * the date) and `validity.badInput`.
 */
function commitFrom(draft: Draft, element: HTMLInputElement | HTMLTextAreaElement): void {
  if (element instanceof HTMLInputElement && element.validity.badInput) {
    draft.refuse(
      element.type === "date" ? "The date is not complete" : "This value cannot be read",
    );
  } else {
    draft.flush();
  }
}

/** The keys of a text field: Enter commits (Shift+Enter is a new line in a text area). */
export function draftKeyDown(draft: Draft, multiline: boolean) {
  return (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === "Enter" && !(multiline && event.shiftKey)) {
      event.preventDefault();
      commitFrom(draft, event.currentTarget);
    } else if (event.key === "Escape") {
      event.preventDefault();
      draft.revert();
      event.currentTarget.blur();
    }
  };
}

/** The messages under a field: why typed text was refused, then the field's problems. */
export function FieldErrors({
  field,
  id,
  error,
  issues = [],
}: {
  readonly field: string;
  readonly id?: string;
  readonly error?: string | null;
  readonly issues?: readonly Issue[];
}) {
  if ((error === null || error === undefined) && issues.length === 0) return null;
  return (
    <div className="kt-inspector__errors" id={id} data-testid={`inspector-error-${field}`}>
      {error !== null && error !== undefined && (
        <p className="kt-inspector__error" role="alert">
          {error}
        </p>
      )}
      {issues.map((issue) => (
        <p
          key={issue.message}
          className={`kt-inspector__error kt-inspector__error--${issue.severity}`}
        >
          {issue.message}
        </p>
      ))}
    </div>
  );
}

/** A label above its control, then anything else (hints, errors). */
export function Field({
  label,
  htmlFor,
  children,
  aside,
}: {
  readonly label: string;
  readonly htmlFor: string;
  readonly children: ReactNode;
  /** Shown at the right of the label. */
  readonly aside?: ReactNode;
}) {
  return (
    <div className="kt-inspector__field">
      <div className="kt-inspector__label-row">
        <label className="kt-inspector__label" htmlFor={htmlFor}>
          {label}
        </label>
        {aside}
      </div>
      {children}
    </div>
  );
}

export interface TextFieldProps {
  /** The field's name in test ids: `inspector-field-FIELD`, `inspector-error-FIELD`. */
  readonly field: string;
  readonly label: string;
  readonly stored: string;
  readonly commit: Commit;
  readonly multiline?: boolean;
  readonly mono?: boolean;
  readonly type?: "text" | "date";
  readonly inputMode?: "text" | "decimal";
  readonly placeholder?: string;
  readonly issues?: readonly Issue[];
  readonly aside?: ReactNode;
  /** Below the control, above the errors. */
  readonly children?: ReactNode;
}

export function TextField(props: TextFieldProps) {
  const draft = useDraft(props.stored, props.commit);
  return <DraftField {...props} draft={draft} />;
}

/** A text field around a draft its owner holds (to change it from outside). */
export function DraftField({
  field,
  label,
  draft,
  multiline = false,
  mono = false,
  type = "text",
  inputMode,
  placeholder,
  issues = [],
  aside,
  children,
  inputRef,
  onSelect,
}: Omit<TextFieldProps, "stored" | "commit"> & {
  readonly draft: Draft;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly onSelect?: () => void;
}) {
  const id = useId();
  const errorsId = `${id}-errors`;
  const invalid = draft.error !== null || issues.some((issue) => issue.severity === "error");
  const common = {
    id,
    value: draft.value,
    placeholder,
    className: `kt-inspector__input${mono ? " kt-inspector__input--mono" : ""}`,
    "data-testid": `inspector-field-${field}`,
    "aria-invalid": invalid,
    "aria-describedby": invalid || issues.length > 0 ? errorsId : undefined,
    spellCheck: !mono,
    onBlur: (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      commitFrom(draft, event.currentTarget),
    onKeyDown: draftKeyDown(draft, multiline),
    onSelect,
  };
  return (
    <Field label={label} htmlFor={id} aside={aside}>
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(event) => draft.setDraft(event.currentTarget.value)}
        />
      ) : (
        <input
          {...common}
          ref={inputRef}
          type={type}
          inputMode={inputMode}
          autoComplete="off"
          onChange={(event) => draft.setDraft(event.currentTarget.value)}
        />
      )}
      {children}
      <FieldErrors field={field} id={errorsId} error={draft.error} issues={issues} />
    </Field>
  );
}

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

/** A select; with `none` it offers "no value" (`null`) as its first choice. */
export function SelectField<T extends string>({
  field,
  label,
  value,
  choices,
  none,
  onChange,
}: {
  readonly field: string;
  readonly label: string;
  readonly value: T | null;
  readonly choices: readonly Choice<T>[];
  readonly none?: string;
  readonly onChange: (value: T | null) => void;
}) {
  const id = useId();
  return (
    <Field label={label} htmlFor={id}>
      <select
        id={id}
        className="kt-inspector__input kt-inspector__select"
        data-testid={`inspector-field-${field}`}
        value={value ?? ""}
        onChange={(event) => {
          const picked = event.currentTarget.value;
          onChange(choices.find((choice) => choice.value === picked)?.value ?? null);
        }}
      >
        {none !== undefined && <option value="">{none}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckboxField({
  field,
  label,
  checked,
  hint,
  onChange,
}: {
  readonly field: string;
  readonly label: string;
  readonly checked: boolean;
  readonly hint?: string;
  readonly onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="kt-inspector__field kt-inspector__check">
      <input
        id={id}
        type="checkbox"
        data-testid={`inspector-field-${field}`}
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label htmlFor={id}>
        {label}
        {hint !== undefined && <span className="kt-inspector__hint"> {hint}</span>}
      </label>
    </div>
  );
}

/** A value that cannot be edited here, with a label that names it. */
export function ReadOnlyField({
  label,
  children,
  aside,
}: {
  readonly label: string;
  readonly children: ReactNode;
  readonly aside?: ReactNode;
}) {
  const id = useId();
  return (
    <div className="kt-inspector__field">
      <div className="kt-inspector__label-row">
        <span className="kt-inspector__label" id={id}>
          {label}
        </span>
        {aside}
      </div>
      <div className="kt-inspector__readonly" aria-labelledby={id} role="group">
        {children}
      </div>
    </div>
  );
}
