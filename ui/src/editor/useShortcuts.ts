import { useEffect, useRef } from "react";

import { commandFor, isTyping } from "./shortcuts";
import type { EditorCommand } from "./shortcuts";

export type CommandHandlers = Readonly<Record<EditorCommand, () => void>>;

/**
 * Runs the editor's keyboard shortcuts (shortcuts.ts) while `handlers` is not
 * `null`; key presses in a field are left to the field.
 */
export function useShortcuts(handlers: CommandHandlers | null): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  const active = handlers !== null;

  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTyping(event.target)) return;
      const command = commandFor(event);
      const run = command === null ? undefined : current.current?.[command];
      if (run === undefined) return;
      event.preventDefault();
      run();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [active]);
}
