// The inline editor of a tree's name in the list: opens with the name selected;
// Enter or leaving the field commits, Escape cancels. A blank name is refused
// where it is typed (Enter) and never sent; leaving a blank field cancels.

import { useEffect, useId, useRef, useState } from "react";
import type { KeyboardEvent } from "react";

interface RenameFieldProps {
  readonly name: string;
  /** Called once with the new name (trimmed, not blank). */
  readonly onCommit: (name: string) => void;
  readonly onCancel: () => void;
}

export function RenameField({ name, onCommit, onCancel }: RenameFieldProps) {
  const [draft, setDraft] = useState(name);
  const [refused, setRefused] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // Committing unmounts the field; its blur must not commit a second time.
  const done = useRef(false);
  const errorId = useId();

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const finish = (blurred: boolean) => {
    if (done.current) return;
    const trimmed = draft.trim();
    if (trimmed === "") {
      if (blurred) {
        done.current = true;
        onCancel();
      } else {
        setRefused(true);
      }
      return;
    }
    done.current = true;
    if (trimmed === name) onCancel();
    else onCommit(trimmed);
  };

  const cancel = () => {
    if (done.current) return;
    done.current = true;
    onCancel();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === "Enter") {
      event.preventDefault();
      finish(false);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    }
  };

  return (
    <div className="kt-rename">
      <input
        ref={input}
        type="text"
        className="kt-rename__input"
        data-testid="tree-rename-input"
        aria-label="Tree name"
        aria-invalid={refused || undefined}
        aria-describedby={refused ? errorId : undefined}
        value={draft}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => {
          setDraft(event.target.value);
          if (event.target.value.trim() !== "") setRefused(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => finish(true)}
      />
      {refused && (
        <p id={errorId} className="kt-rename__error" role="alert" data-testid="tree-rename-error">
          A tree needs a name.
        </p>
      )}
    </div>
  );
}
