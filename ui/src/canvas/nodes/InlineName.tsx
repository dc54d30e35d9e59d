// The field that renames a node on its card (editor/inlineRename.ts). Enter keeps
// the name, Tab keeps it and adds a child, Escape gives up, leaving the field keeps
// it. The field is in the card's name row, as wide as the card, so the card does not
// jump while the name is typed.

import { useEffect, useRef, useState } from "react";
import type { KeyboardEvent } from "react";

import { finishRename } from "../../editor/inlineRename";
import type { Renaming } from "../../editor/inlineRename";

interface InlineNameProps {
  readonly renaming: Renaming;
  /** The node's name now (kept when the field is left empty). */
  readonly name: string;
}

export function InlineName({ renaming, name }: InlineNameProps) {
  const [text, setText] = useState(renaming.text);
  const field = useRef<HTMLInputElement | null>(null);
  const ended = useRef(false);

  // Letters typed before the field had the focus (editor/inlineRename.ts `typeKey`).
  useEffect(() => setText(renaming.text), [renaming.text]);

  useEffect(() => {
    const input = field.current;
    if (input === null) return;
    input.focus();
    if (renaming.selected) input.select();
    else input.setSelectionRange(input.value.length, input.value.length);
  }, [renaming]);

  const end = (next: "child" | "none" | null) => {
    if (ended.current) return;
    ended.current = true;
    const trimmed = text.trim();
    const done = next === null || trimmed === "" ? null : { id: renaming.id, name: trimmed, next };
    finishRename(done, renaming.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The canvas and the shortcuts must not see the keys typed into the name.
    event.stopPropagation();
    if (event.key === "Enter" && !event.nativeEvent.isComposing) {
      event.preventDefault();
      end("none");
    } else if (event.key === "Tab" && !event.shiftKey) {
      event.preventDefault();
      end("child");
    } else if (event.key === "Escape") {
      event.preventDefault();
      end(null);
    }
  };

  return (
    <input
      ref={field}
      className="kt-node__rename nodrag nopan"
      data-testid={`node-rename-${renaming.id}`}
      aria-label={`Name of ${name}`}
      value={text}
      placeholder={name}
      maxLength={200}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => end("none")}
      onPointerDown={(event) => event.stopPropagation()}
    />
  );
}
