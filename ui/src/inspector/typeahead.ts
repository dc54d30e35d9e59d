// Keys typed for a node's name before its name field exists. A node added from the
// palette is shown (and its name field mounted) only once the core has taken the
// edit, a round trip and a few frames later; a quick hand has typed the first
// letters by then. From the moment the node is asked for, the letters, Backspace
// and Enter are held here (kept from whatever has the focus meanwhile: a palette
// button would take a space as "add another node") and the node's name field takes
// them when it mounts (NodePanel).
//
// One node at a time: asking for another drops what was held for the first. Keys
// with Ctrl, Cmd or Alt pass through (shortcuts stay shortcuts), as does every key
// typed into a field; after `HOLD_MS` without the field, holding stops.

/** What was typed for the node while its name field did not exist yet. */
export interface HeldKeys {
  /** The letters typed, Backspace applied. */
  readonly text: string;
  /** Whether Enter was pressed after them (the name is to be committed). */
  readonly enter: boolean;
}

interface Holding {
  /** The node the keys are for; `null` until the core has said its id. */
  id: string | null;
  text: string;
  enter: boolean;
  readonly stop: () => void;
}

/** How long keys are held for a node whose name field has not come. */
export const HOLD_MS = 4000;

let holding: Holding | null = null;

function isField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest("input, textarea, select") !== null)
  );
}

/**
 * Holds the keys typed from now on for the name of node `id` (or of the node about
 * to be added, `null`, until `assignHeldKeys` names it), until it takes them.
 */
export function holdKeysFor(id: string | null, limitMs: number = HOLD_MS): void {
  dropHeldKeys();
  const onKeyDown = (event: KeyboardEvent) => {
    const current = holding;
    if (current === null || event.isComposing || isField(event.target)) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Enter") {
      current.enter = true;
    } else if (event.key === "Backspace") {
      if (current.enter) return;
      current.text = current.text.slice(0, -1);
    } else if (event.key.length === 1 && !current.enter) {
      current.text += event.key;
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };
  // In the capture phase on the window: before the focused button or the canvas.
  window.addEventListener("keydown", onKeyDown, true);
  const timer = setTimeout(dropHeldKeys, limitMs);
  holding = {
    id,
    text: "",
    enter: false,
    stop: () => {
      window.removeEventListener("keydown", onKeyDown, true);
      clearTimeout(timer);
    },
  };
}

/**
 * The keys held for node `id`, which stops holding them; `null` when none are
 * held for it (the node was not just asked for, or it took too long).
 */
export function takeKeysFor(id: string): HeldKeys | null {
  const current = holding;
  if (current === null || current.id !== id) return null;
  dropHeldKeys();
  return { text: current.text, enter: current.enter };
}

/** Whether keys are being held for a node's name field. */
export function holdingKeys(): boolean {
  return holding !== null;
}

/** The node the held keys are for, once the core has given it its id. */
export function assignHeldKeys(id: string): void {
  if (holding !== null && holding.id === null) holding.id = id;
}

/** Stops holding keys (the node was refused); what was held is dropped. */
export function dropHeldKeys(): void {
  holding?.stop();
  holding = null;
}
