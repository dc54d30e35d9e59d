// The workspace's command queue: the commands the user gives (edits, undo, redo,
// auto-layout, the library's create, rename, delete...) run one after the other, in
// the order given, so that an undo pressed during a drag's save applies to that
// save. Plain promises, no React: `useWorkspace` holds one queue for the window.
//
// Invariants:
// - Order: a command starts only once every command given before it has settled.
// - Failure: a command that fails (its promise rejects, or it throws) fails alone.
//   The promise `run` returned for it rejects with its error, for its caller to
//   report; the commands queued after it still run, in order. Nothing is undone or
//   replayed: the core refuses an edit whole, so a refused command left the store
//   as it was, and the next command applies to that.
// - The view: the queue never touches it. The workspace shows the last tree the core
//   answered with; a failed command brings no answer, so the view stays as the last
//   command taken left it. What the canvas showed ahead of an answer (a dragged
//   node) it puts back itself when the command resolves to "not taken".
// - Waiting without joining: `settled()` resolves once every command given so far
//   has settled, without holding up the commands given after it (a native dialog
//   waits for the edits before it, but the user may go on editing while it is open).

export interface CommandQueue {
  /**
   * Runs `command` after every command given before it has settled; resolves or
   * rejects as `command` does.
   */
  run<T>(command: () => Promise<T>): Promise<T>;
  /** Resolves once every command given so far has settled; never rejects. */
  settled(): Promise<void>;
}

export function createCommandQueue(): CommandQueue {
  // The last command given, settled either way: what the next one waits for.
  let tail: Promise<void> = Promise.resolve();
  return {
    run<T>(command: () => Promise<T>): Promise<T> {
      const done = tail.then(command);
      tail = done.then(
        () => undefined,
        () => undefined,
      );
      return done;
    },
    settled(): Promise<void> {
      return tail;
    },
  };
}
