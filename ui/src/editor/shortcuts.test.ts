import { describe, expect, it } from "vitest";

import { commandFor, isTyping, shortcutLabel } from "./shortcuts";
import type { KeyPress } from "./shortcuts";

function press(key: string, mods: Partial<KeyPress> = {}): KeyPress {
  const code = /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : "";
  return { key, code, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

describe("commandFor", () => {
  it("names the clipboard, selection and view actions of the menus", () => {
    expect(commandFor(press("c", { ctrlKey: true }))).toBe("copy");
    expect(commandFor(press("x", { metaKey: true }))).toBe("cut");
    expect(commandFor(press("v", { ctrlKey: true }))).toBe("paste");
    expect(commandFor(press("d", { ctrlKey: true }))).toBe("duplicate");
    expect(commandFor(press("a", { ctrlKey: true }))).toBe("select_all");
    expect(commandFor(press("f", { ctrlKey: true }))).toBe("find");
    expect(commandFor(press("=", { ctrlKey: true }))).toBe("zoom_in");
    expect(commandFor(press("-", { ctrlKey: true }))).toBe("zoom_out");
    expect(commandFor({ ...press("!", { shiftKey: true }), code: "Digit1" })).toBe("zoom_to_fit");
    expect(commandFor(press("E", { ctrlKey: true, shiftKey: true }))).toBe("export_png");
  });

  it("collapses and expands a branch with Alt and an arrow, nothing else with Alt", () => {
    expect(commandFor(press("ArrowLeft", { altKey: true }))).toBe("collapse_branch");
    expect(commandFor(press("ArrowRight", { altKey: true }))).toBe("expand_branch");
    expect(commandFor(press("ArrowLeft", { altKey: true, shiftKey: true }))).toBeNull();
    expect(commandFor(press("ArrowUp", { altKey: true }))).toBeNull();
    expect(commandFor(press("c", { altKey: true, ctrlKey: true }))).toBeNull();
  });

  it("deletes with Delete or Backspace alone", () => {
    expect(commandFor(press("Delete"))).toBe("delete");
    expect(commandFor(press("Backspace"))).toBe("delete");
    expect(commandFor(press("Delete", { shiftKey: true }))).toBeNull();
  });

  it("undoes with Ctrl+Z or Cmd+Z", () => {
    expect(commandFor(press("z", { ctrlKey: true }))).toBe("undo");
    expect(commandFor(press("z", { metaKey: true }))).toBe("undo");
  });

  it("redoes with Shift+Ctrl/Cmd+Z and Ctrl+Y", () => {
    expect(commandFor(press("Z", { ctrlKey: true, shiftKey: true }))).toBe("redo");
    expect(commandFor(press("Z", { metaKey: true, shiftKey: true }))).toBe("redo");
    expect(commandFor(press("y", { ctrlKey: true }))).toBe("redo");
    expect(commandFor(press("Y", { ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it("lays out with Shift+Ctrl/Cmd+L, not with Ctrl+L", () => {
    expect(commandFor(press("L", { ctrlKey: true, shiftKey: true }))).toBe("auto_layout");
    expect(commandFor(press("L", { metaKey: true, shiftKey: true }))).toBe("auto_layout");
    expect(commandFor(press("l", { ctrlKey: true }))).toBeNull();
  });

  it("ignores plain letters, Alt chords and other keys", () => {
    expect(commandFor(press("z"))).toBeNull();
    expect(commandFor(press("z", { shiftKey: true }))).toBeNull();
    expect(commandFor(press("z", { ctrlKey: true, altKey: true }))).toBeNull();
    expect(commandFor(press("q", { ctrlKey: true }))).toBeNull();
    expect(commandFor(press("Enter", { ctrlKey: true }))).toBeNull();
  });

  it("goes by the letter on the key, else by the physical key", () => {
    // AZERTY: the key labelled Z sits where QWERTY has W.
    expect(commandFor({ ...press("z", { ctrlKey: true }), code: "KeyW" })).toBe("undo");
    // Russian layout: the key of Z types "я".
    expect(commandFor({ ...press("я", { ctrlKey: true }), code: "KeyZ" })).toBe("undo");
  });
});

describe("isTyping", () => {
  it("is true in fields, false elsewhere", () => {
    const input = document.createElement("input");
    const textarea = document.createElement("textarea");
    const editable = document.createElement("div");
    editable.setAttribute("contenteditable", "true");
    const inner = document.createElement("span");
    editable.append(inner);
    expect(isTyping(input)).toBe(true);
    expect(isTyping(textarea)).toBe(true);
    expect(isTyping(inner)).toBe(true);
    expect(isTyping(document.createElement("button"))).toBe(false);
    expect(isTyping(document.body)).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});

describe("shortcutLabel", () => {
  it("writes Ctrl on Linux and Windows, ⌘ on a Mac", () => {
    expect(shortcutLabel("Mod+Shift+L", false)).toBe("Ctrl+Shift+L");
    expect(shortcutLabel("Mod+Z", false)).toBe("Ctrl+Z");
    expect(shortcutLabel("Mod+Shift+Z", true)).toBe("⇧⌘Z");
    expect(shortcutLabel("Mod+Z", true)).toBe("⌘Z");
  });
});
