// The formula field of a node: the formula as typed, completion of the drivers'
// ids at the caret (a listbox driven by the arrow keys, Enter or Tab, Escape), and
// a chip per driver (named by its node's name) that inserts its id where the
// caret last was.

import { useLayoutEffect, useRef, useState } from "react";
import type { JSX, KeyboardEvent } from "react";

import { complete, completionAt } from "./completion";
import { DraftField, useDraft } from "./fields";
import type { Commit } from "./fields";
import { insertId } from "./nodeForm";
import type { Issue } from "./nodeForm";

export function FormulaField({
  stored,
  commit,
  drivers,
  names,
  issues,
  children,
}: {
  readonly stored: string;
  readonly commit: Commit;
  readonly drivers: readonly string[];
  readonly names: ReadonlyMap<string, string>;
  readonly issues: readonly Issue[];
  readonly children: JSX.Element;
}) {
  const draft = useDraft(stored, commit);
  const input = useRef<HTMLInputElement>(null);
  // Where the caret was when the field last had it, and where to put it next.
  const lastRange = useRef<{ start: number; end: number } | null>(null);
  const caret = useRef<number | null>(null);

  useLayoutEffect(() => {
    const element = input.current;
    if (caret.current === null || element === null) return;
    element.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  // Completion of driver ids: where the caret is while the field has it (none
  // with a selection), the option picked, and whether Escape closed the list.
  const [typingAt, setTypingAt] = useState<number | null>(null);
  const [picked, setPicked] = useState(0);
  const [closed, setClosed] = useState(false);
  const completion =
    typingAt === null || closed ? null : completionAt(draft.value, typingAt, drivers, names);
  const option =
    completion === null ? null : (completion.matches[picked] ?? completion.matches[0] ?? null);

  const remember = () => {
    const element = input.current;
    if (element === null || element.selectionStart === null) return;
    const end = element.selectionEnd ?? element.selectionStart;
    lastRange.current = { start: element.selectionStart, end };
    const at = element.selectionStart === end ? end : null;
    if (at !== typingAt) {
      setTypingAt(at);
      setPicked(0);
      setClosed(false);
    }
  };

  const accept = (id: string) => {
    if (completion === null) return;
    const next = complete(draft.value, completion, id);
    draft.setDraft(next.text);
    caret.current = next.caret;
    lastRange.current = { start: next.caret, end: next.caret };
    setTypingAt(next.caret);
    input.current?.focus();
  };

  // Keys for the list, before the field's own (Enter would commit, Escape revert).
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    if (completion === null || option === null) return;
    const count = completion.matches.length;
    const index = completion.matches.indexOf(option);
    let handled = true;
    if (event.key === "ArrowDown") setPicked((index + 1) % count);
    else if (event.key === "ArrowUp") setPicked((index - 1 + count) % count);
    else if (event.key === "Enter" || event.key === "Tab") accept(option);
    else if (event.key === "Escape") setClosed(true);
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const insert = (id: string) => {
    const element = input.current;
    const text = draft.value;
    if (element !== null && document.activeElement === element) remember();
    const range = lastRange.current ?? { start: text.length, end: text.length };
    const next = insertId(text, range.start, range.end, id);
    draft.setDraft(next.text);
    caret.current = next.caret;
    lastRange.current = { start: next.caret, end: next.caret };
    element?.focus();
  };

  return (
    <div
      className="kt-inspector__formula"
      onKeyDownCapture={onKeyDownCapture}
      onBlur={() => setTypingAt(null)}
    >
      <DraftField
        field="formula"
        label="Formula"
        mono
        draft={draft}
        inputRef={input}
        onSelect={remember}
        placeholder={drivers.length > 0 ? drivers.join(" + ") : "e.g. acquired - churned"}
        issues={issues}
      >
        {completion !== null && (
          <ul
            className="kt-inspector__completions"
            role="listbox"
            aria-label="Drivers that complete the id"
            data-testid="inspector-completions"
          >
            {completion.matches.map((id) => (
              <li
                key={id}
                role="option"
                aria-selected={id === option}
                data-testid={`inspector-completion-${id}`}
                // Keep the focus (and the caret) in the formula.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => accept(id)}
              >
                <span>{names.get(id) ?? id}</span>
                <code>{id}</code>
              </li>
            ))}
          </ul>
        )}
        {drivers.length > 0 ? (
          <div className="kt-inspector__chips" aria-label="Drivers: insert into the formula">
            {drivers.map((id) => (
              <button
                key={id}
                type="button"
                className="kt-inspector__chip"
                data-testid={`inspector-driver-${id}`}
                title={`Insert ${id}`}
                // Keep the caret in the formula: the click inserts where it is.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => insert(id)}
              >
                {names.get(id) ?? id}
              </button>
            ))}
          </div>
        ) : (
          <p className="kt-inspector__hint">
            No drivers: a formula can only use the ids of nodes that drive this one.
          </p>
        )}
        {children}
      </DraftField>
    </div>
  );
}
