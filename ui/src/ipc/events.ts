// The events the Rust side sends without being asked: a change made to the store
// elsewhere (another window, the command line). The page subscribes here, never
// with `listen` and an event name of its own.

import { listen } from "@tauri-apps/api/event";

import type { StoreChanged } from "./bindings";

export type { StoreChanged } from "./bindings";

/** The event `src-tauri/app/window/watch.rs` emits. */
const STORE_CHANGED = "store-changed";

/**
 * Calls `listener` with each change made to the store elsewhere; returns what stops
 * it. Outside the app (tests without the Tauri event bridge) nothing ever comes.
 */
export function onStoreChanged(listener: (change: StoreChanged) => void): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  listen<StoreChanged>(STORE_CHANGED, (event) => listener(event.payload)).then(
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
