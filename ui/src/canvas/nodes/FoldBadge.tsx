// The badge on a card that has a branch below it (issue 19): a small "−" that
// collapses the branch (shown on hover and on the selected card), and on a
// collapsed card a "+N" of the nodes it hides, which expands it. The canvas that
// can fold provides `FoldContext`; without it (present mode) a collapsed card still
// shows its "+N", as a plain mark.

import { createContext, useContext } from "react";

import type { NodeFold } from "../flow";

/** Collapses (`true`) or expands node `id`; `null` where branches cannot fold. */
export const FoldContext = createContext<((id: string, collapse: boolean) => void) | null>(null);

export function FoldBadge({ nodeId, fold }: { readonly nodeId: string; readonly fold: NodeFold }) {
  const onFold = useContext(FoldContext);
  const label = fold.collapsed ? `+${fold.hidden}` : "−";
  const title = fold.collapsed
    ? `Expand: ${fold.hidden} hidden below (Alt+→)`
    : "Collapse the branch below (Alt+←)";
  const className = `kt-fold-badge kt-fold-badge--${fold.side}${fold.collapsed ? " is-collapsed" : ""}`;
  if (onFold === null) {
    return fold.collapsed ? (
      <span className={className} data-testid={`fold-${nodeId}`} title={title}>
        {label}
      </span>
    ) : null;
  }
  return (
    <button
      type="button"
      className={`${className} nodrag nopan`}
      data-testid={`fold-${nodeId}`}
      aria-expanded={!fold.collapsed}
      aria-label={fold.collapsed ? `Expand (${fold.hidden} hidden)` : "Collapse"}
      title={title}
      onMouseDown={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
      onClick={(event) => {
        event.stopPropagation();
        onFold(nodeId, !fold.collapsed);
      }}
    >
      {label}
    </button>
  );
}
