// A node's id in the inspector: shown as code (with Copy), and changed by hand
// with Edit (SPEC 6: "an id can be edited, and every formula that uses it
// follows"). The core makes the change (a `change_id` edit: links and formulas
// follow, one undo step); the field only checks the id's form first, so a typo is
// named at once instead of reaching the core.

import { useEffect, useRef, useState } from "react";

import { ReadOnlyField } from "./fields";
import { CopyButton } from "./nodeParts";

/** SPEC 3's id form. */
const ID_FORM = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

interface IdFieldProps {
  readonly id: string;
  /** Asks the core for the new id; resolves to whether it took it. */
  readonly onChange: (newId: string) => Promise<boolean>;
}

export function IdField({ id, onChange }: IdFieldProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const open = editing !== null;
  // The id is selected when the field opens, so typing replaces it.
  useEffect(() => {
    if (open) input.current?.select();
  }, [open]);
  useEffect(() => setEditing(null), [id]);

  const bad = editing !== null && editing !== id && !ID_FORM.test(editing);
  const commit = () => {
    if (editing === null || bad) return;
    if (editing === id) {
      setEditing(null);
      return;
    }
    void onChange(editing).then((done) => {
      if (done) setEditing(null);
    });
  };

  const aside =
    editing === null ? (
      <span className="kt-inspector__id-actions">
        <button
          type="button"
          className="kt-inspector__button kt-inspector__button--quiet kt-inspector__button--small"
          data-testid="inspector-edit-id"
          onClick={() => setEditing(id)}
        >
          Edit
        </button>
        <CopyButton text={id} />
      </span>
    ) : null;

  return (
    <ReadOnlyField label="Id" aside={aside}>
      {editing === null ? (
        <code className="kt-inspector__id" data-testid="inspector-id" title={id}>
          {id}
        </code>
      ) : (
        <>
          <input
            ref={input}
            className="kt-inspector__input kt-inspector__input--mono"
            data-testid="inspector-field-id"
            aria-label="Id"
            aria-invalid={bad}
            value={editing}
            maxLength={64}
            onChange={(event) => setEditing(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") commit();
              if (event.key === "Escape") setEditing(null);
            }}
            onBlur={commit}
          />
          {bad && (
            <span className="kt-inspector__error" role="alert">
              An id starts with a letter or _, then letters, digits or _ (64 at most).
            </span>
          )}
        </>
      )}
    </ReadOnlyField>
  );
}
