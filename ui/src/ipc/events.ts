// The events the Rust side sends without being asked: a change made to the store
// elsewhere (another window, the command line), and a file handed to this window by
// another start on the same store (`kpitree open FILE`, the file manager). The page
// subscribes here, never with `listen` and an event name of its own.

import { listen } from "@tauri-apps/api/event";

import type { FileOpened, StoreChanged } from "./bindings";

export type { FileOpened, StoreChanged } from "./bindings";

/** The event `src-tauri/app/window/watch.rs` emits. */
const STORE_CHANGED = "store-changed";
/** The event `src-tauri/app/window/opening.rs` emits. */
const FILE_OPENED = "file-opened";

/**
 * Calls `listener` with each event `name`; returns what stops it. Outside the app
 * (tests without the Tauri event bridge) nothing ever comes.
 */
function subscribe<T>(name: string, listener: (payload: T) => void): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  listen<T>(name, (event) => listener(event.payload)).then(
    (unlisten) => {
      if (stopped) unlisten();
      else stop = unlisten;
    },
    () => undefined,
  );
  return () => {
    stopped = true;
    stop?.();
  };
}

/** Calls `listener` with each change made to the store elsewhere; returns what stops it. */
export function onStoreChanged(listener: (change: StoreChanged) => void): () => void {
  return subscribe(STORE_CHANGED, listener);
}

/** Calls `listener` with each file handed to this window; returns what stops it. */
export function onFileOpened(listener: (opened: FileOpened) => void): () => void {
  return subscribe(FILE_OPENED, listener);
}
