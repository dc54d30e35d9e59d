// The editor's keyboard shortcuts, as a pure function of the key event so that
// they can be tested without a window:
//
//   Ctrl/Cmd+Z              undo
//   Shift+Ctrl/Cmd+Z        redo
//   Ctrl+Y                  redo
//   Shift+Ctrl/Cmd+L        auto-layout (in the direction chosen last)
//
// None of them fires while the user types in a field.

export type EditorCommand = "undo" | "redo" | "autoLayout";

/** The parts of a `KeyboardEvent` the shortcuts look at. */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * The letter pressed, lower case. By `key`, so that Z is Z on every keyboard
 * layout; by physical key (`code`) when `key` is no Latin letter (e.g. a Cyrillic
 * layout), as other applications do.
 */
function letter(press: KeyPress): string | null {
  if (/^[a-z]$/i.test(press.key)) return press.key.toLowerCase();
  const physical = /^Key([A-Z])$/.exec(press.code)?.[1];
  return physical === undefined ? null : physical.toLowerCase();
}

/** The command a key press asks for, or `null`. */
export function commandFor(press: KeyPress): EditorCommand | null {
  if (press.altKey || !(press.ctrlKey || press.metaKey)) return null;
  switch (letter(press)) {
    case "z":
      return press.shiftKey ? "redo" : "undo";
    case "y":
      return press.ctrlKey && !press.shiftKey ? "redo" : null;
    case "l":
      return press.shiftKey ? "autoLayout" : null;
    default:
      return null;
  }
}

/** Whether key presses on `target` are typing (a field), not commands. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest("input, textarea, select, [contenteditable='true']") !== null;
}

/** Whether the user is on a Mac (shortcuts are then shown with ⌘). */
export function isMac(platform: string = navigator.userAgent): boolean {
  return /Mac|iPhone|iPad/i.test(platform);
}

/** How a shortcut is written in a tooltip: `Ctrl+Shift+L` or `⇧⌘L`. */
export function shortcutLabel(keys: string, mac: boolean = isMac()): string {
  if (!mac) return keys.replace("Mod", "Ctrl");
  const shift = keys.includes("Shift+") ? "⇧" : "";
  return `${shift}⌘${keys.replace("Mod+", "").replace("Shift+", "")}`;
}
