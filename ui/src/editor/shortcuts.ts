// The editor's keyboard shortcuts, as a pure function of the key event so that
// they can be tested without a window. They name the same actions as the native
// menu (`MenuAction`), which lists them with the platform's accelerators:
//
//   Ctrl/Cmd+Z  undo              Shift+Ctrl/Cmd+Z, Ctrl+Y  redo
//   Ctrl/Cmd+X  cut               Ctrl/Cmd+C  copy          Ctrl/Cmd+V  paste
//   Ctrl/Cmd+D  duplicate         Ctrl/Cmd+A  select all    Delete, Backspace  delete
//   Ctrl/Cmd+F  find              Ctrl/Cmd+I  inspector
//   Ctrl/Cmd+=  zoom in           Ctrl/Cmd+-  zoom out      Shift+1  zoom to fit
//   Shift+Ctrl/Cmd+L  auto-layout Ctrl/Cmd+N  new tree      Ctrl/Cmd+O  import JSON
//   Ctrl/Cmd+E  export SVG        Shift+Ctrl/Cmd+E  PNG     Shift+Ctrl/Cmd+S  JSON
//   F5  present               Alt+←  collapse the branch   Alt+→  expand it
//   F1  about kpitree (version, store)
//   Tab  add a child node     Enter  add a sibling node   F2  rename the node (the
//   tree when no node is selected)   Ctrl/Cmd+K  change the node's kind
//   Ctrl/Cmd+R  reverse the link
//
// None of them fires while the user types in a field (the field keeps its keys).

import type { MenuAction } from "../ipc/api";

export type EditorCommand = MenuAction;

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

/** Shortcuts held down with Ctrl/Cmd, by letter: [plain, with Shift]. */
const MOD_LETTERS: Readonly<Record<string, readonly [MenuAction | null, MenuAction | null]>> = {
  z: ["undo", "redo"],
  x: ["cut", null],
  c: ["copy", null],
  v: ["paste", null],
  d: ["duplicate", null],
  a: ["select_all", "toggle_alignment"],
  f: ["find", null],
  i: ["toggle_inspector", null],
  k: ["change_kind", "toggle_leverage"],
  r: ["reverse_link", null],
  l: [null, "auto_layout"],
  n: ["new_tree", null],
  o: ["import_json", null],
  e: ["export_svg", "export_png"],
  s: [null, "export_json"],
};

/** The command a key press asks for, or `null`. */
export function commandFor(press: KeyPress): EditorCommand | null {
  if (press.altKey) return altCommand(press);
  const mod = press.ctrlKey || press.metaKey;
  if (!mod) return plainCommand(press);
  if (press.key === "=" || press.key === "+") return "zoom_in";
  if (press.key === "-" || press.key === "_") return "zoom_out";
  const name = letter(press);
  if (name === "y") return press.ctrlKey && !press.shiftKey ? "redo" : null;
  const pair = name === null ? undefined : MOD_LETTERS[name];
  if (pair === undefined) return null;
  return press.shiftKey ? pair[1] : pair[0];
}

/** Alt with an arrow: collapse or expand the selected node's branch. */
function altCommand(press: KeyPress): EditorCommand | null {
  if (press.ctrlKey || press.metaKey || press.shiftKey) return null;
  if (press.key === "ArrowLeft") return "collapse_branch";
  if (press.key === "ArrowRight") return "expand_branch";
  return null;
}

/** Keys that act without Ctrl/Cmd. */
function plainCommand(press: KeyPress): EditorCommand | null {
  if (press.key === "Delete" || press.key === "Backspace") return press.shiftKey ? null : "delete";
  if (press.key === "F2") return "rename_node";
  if (press.key === "Tab" && !press.shiftKey) return "add_child";
  if (press.key === "Enter" && !press.shiftKey) return "add_sibling";
  if (press.key === "F5") return "present";
  if (press.key === "F1") return "about";
  if (press.shiftKey && (press.code === "Digit1" || press.key === "!")) return "zoom_to_fit";
  return null;
}

/** Actions of keys that only act on the canvas (elsewhere Tab and Enter move and press). */
export const CANVAS_KEYS: ReadonlySet<MenuAction> = new Set(["add_child", "add_sibling"]);

/** Whether the focus is on the canvas (or on nothing in particular). */
export function isCanvasFocus(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  return target === document.body || target.closest(".react-flow") !== null;
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
