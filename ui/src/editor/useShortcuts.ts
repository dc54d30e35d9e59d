// Runs the editor's actions from the keyboard (shortcuts.ts) and from the native
// menu (the `menu-action` event the Rust side sends for a clicked item or its
// accelerator).
//
// On Linux and macOS a menu accelerator takes its key before the page sees it; on
// Windows it never fires and the page gets the key. So each action can arrive by
// either road, and the same action from the other road within a moment is the
// same key press: it runs once. When a text field has the focus, the editing
// actions (undo, copy, paste…) from the menu act on the field, as they would in
// any other program.

import { listen } from "@tauri-apps/api/event";
import { useEffect, useRef } from "react";

import type { MenuAction } from "../ipc/api";
import { api } from "../ipc/api";
import { CANVAS_KEYS, commandFor, isCanvasFocus, isTyping } from "./shortcuts";

export type CommandHandlers = Readonly<Partial<Record<MenuAction, () => void>>>;

/** The window within which one action from both roads is one key press. */
const SAME_PRESS_MS = 300;

/** The text-editing command a menu action stands for inside a field. */
const FIELD_COMMANDS: Readonly<Partial<Record<MenuAction, string>>> = {
  undo: "undo",
  redo: "redo",
  cut: "cut",
  copy: "copy",
  select_all: "selectAll",
  delete: "forwardDelete",
};

/** Performs a menu action on the focused text field; whether it was one for fields. */
async function actOnField(action: MenuAction): Promise<boolean> {
  if (action === "paste") {
    const text = await api.readClipboardText().catch(() => "");
    document.execCommand("insertText", false, text);
    return true;
  }
  const command = FIELD_COMMANDS[action];
  if (command === undefined) return false;
  document.execCommand(command);
  return true;
}

/** Runs the handlers' actions while `handlers` is not `null`. */
export function useShortcuts(handlers: CommandHandlers | null): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  const last = useRef<{ action: MenuAction; at: number; road: "key" | "menu" } | null>(null);

  useEffect(() => {
    const run = (action: MenuAction, road: "key" | "menu"): boolean => {
      const run = current.current?.[action];
      if (run === undefined) return false;
      const now = performance.now();
      const previous = last.current;
      last.current = { action, at: now, road };
      const echo =
        previous !== null &&
        previous.action === action &&
        previous.road !== road &&
        now - previous.at < SAME_PRESS_MS;
      if (!echo) run();
      return true;
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTyping(event.target)) return;
      const action = commandFor(event);
      if (action === null) return;
      if (CANVAS_KEYS.has(action) && !isCanvasFocus(event.target)) return;
      if (run(action, "key")) event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);

    let stopListening: (() => void) | null = null;
    let stopped = false;
    const onMenu = (action: MenuAction) => {
      if (isTyping(document.activeElement)) {
        void actOnField(action).then((done) => {
          if (!done) run(action, "menu");
        });
        return;
      }
      run(action, "menu");
    };
    listen<MenuAction>("menu-action", (event) => onMenu(event.payload)).then(
      (unlisten) => {
        if (stopped) unlisten();
        else stopListening = unlisten;
      },
      // Outside the app (tests without the Tauri event bridge) there is no menu.
      () => undefined,
    );
    return () => {
      stopped = true;
      window.removeEventListener("keydown", onKeyDown);
      stopListening?.();
    };
  }, []);
}
