// Renaming a node in place, on its card (F2, a double-click, or typing on a
// selected node), as mind-map tools do. One node at a time; the canvas's cards
// subscribe to the one being renamed, so starting a rename draws only that card
// again. The editor registers what a finished rename does (an edit of the node's
// name, then maybe a child or sibling: Tab and Enter go on drawing).

import { useSyncExternalStore } from "react";

/** How a rename ended: the name typed and what the key asked for next. */
export interface RenameDone {
  readonly id: string;
  readonly name: string;
  /** Tab: add a child of the renamed node; Enter: nothing more (Enter again adds a sibling). */
  readonly next: "child" | "none";
}

/** A rename in progress. */
export interface Renaming {
  readonly id: string;
  /** The field's first text: the name (selected) or the first key typed. */
  readonly text: string;
  /** Whether the text starts selected (F2, double-click) or the caret at its end. */
  readonly selected: boolean;
}

let current: Renaming | null = null;
/** Keys typed for a node asked for (Tab, Enter) before the core has made it. */
let awaited: string | null = null;
let onDone: ((done: RenameDone) => void) | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** Starts renaming node `id` with `text` in the field. */
export function startRename(id: string, text: string, selected: boolean): void {
  current = { id, text, selected };
  emit();
}

/**
 * A node was asked for and will be renamed once it is there: the keys typed until
 * then are kept for it (`typeKey`), not taken as typing on the node still selected.
 */
export function awaitNewNode(): void {
  awaited = "";
}

/** Whether a node asked for is awaited, or a rename is starting or going on. */
export function takingKeys(): boolean {
  return awaited !== null || current !== null;
}

/** A key typed while the rename field is not there (yet): kept for it. */
export function typeKey(key: string): void {
  if (current !== null) {
    current = { ...current, text: current.text + key, selected: false };
    emit();
  } else if (awaited !== null) {
    awaited += key;
  }
}

/** Starts renaming the awaited node `id` with what was typed for it (`null`: it never came). */
export function newNodeArrived(id: string | null): void {
  const typed = awaited ?? "";
  awaited = null;
  if (id !== null) startRename(id, typed, false);
}

/** Ends the rename of node `id` (a finished rename calls the registered handler). */
export function finishRename(done: RenameDone | null, id: string): void {
  if (current === null || current.id !== id) return;
  current = null;
  emit();
  if (done !== null) onDone?.(done);
}

/** What finishing a rename does; the editor sets it. */
export function onRenameDone(handler: ((done: RenameDone) => void) | null): void {
  onDone = handler;
}

/** The rename in progress, if any. */
export function renaming(): Renaming | null {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The rename of node `id` while it is in progress, else `null`. */
export function useRenaming(id: string): Renaming | null {
  return useSyncExternalStore(
    subscribe,
    () => (current !== null && current.id === id ? current : null),
    () => null,
  );
}
