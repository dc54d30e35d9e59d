// The palette: the six node kinds, each with its mark, colour and a one-line
// explanation. Drag a kind onto the canvas to create a node where it is dropped;
// click it (or press Enter on it) to create one in the middle of the view.
//
// The drag follows the pointer (pointer events, not HTML drag and drop), so that it
// shows the node's kind under the pointer, works the same in every WebView and can
// be driven by WebDriver's pointer actions in the end-to-end tests.
//
// The palette folds to a slim strip of the kinds' marks (the chevron in its title),
// still clickable and draggable, so that the canvas gets its room back; the fold is
// remembered in the preferences.

import { useEffect, useRef, useState } from "react";
import type { PointerEvent as ReactPointerEvent } from "react";

import type { NodeKind } from "../ipc/api";
import { FoldChevron } from "../canvas/FoldChevron";
import { KindSwatch } from "../canvas/nodes/marks";
import { usePanelFold } from "../ipc/preferences";
import { NODE_KINDS, NODE_KIND_ORDER } from "../model/kinds";

/** What each kind is for, shown on hover. */
export const KIND_HINTS: Readonly<Record<NodeKind, string>> = {
  north_star: "The one metric that captures the value customers get. Usually the root.",
  business_kpi: "How the business captures value: ARR, net new customers, churn…",
  product_metric: "An input metric measured in the product: activation, weekly active teams…",
  strategic_intent: "A theme of product work: top-notch usability, enterprise readiness…",
  initiative: "A product bet: SSO integration, faster mobile load…",
  health_metric: "A tripwire that must not get worse while a KPI is pushed.",
};

/** Pointer travel (px) below which a press is a click, not a drag. */
const DRAG_THRESHOLD = 4;

interface Drag {
  readonly kind: NodeKind;
  readonly startX: number;
  readonly startY: number;
  x: number;
  y: number;
  moved: boolean;
}

export interface PaletteProps {
  /** Creates a node of `kind` dropped at this screen point, or in the middle of the view. */
  readonly onCreate: (kind: NodeKind, at: { x: number; y: number } | null) => void;
  /** Whether a screen point is over the canvas (a drop there creates a node). */
  readonly isOverCanvas: (x: number, y: number) => boolean;
}

export function Palette({ onCreate, isOverCanvas }: PaletteProps) {
  const [folded, toggleFold] = usePanelFold("palette_folded");
  const drag = useRef<Drag | null>(null);
  const [ghost, setGhost] = useState<{ kind: NodeKind; x: number; y: number } | null>(null);
  const handlers = useRef({ onCreate, isOverCanvas });
  useEffect(() => {
    handlers.current = { onCreate, isOverCanvas };
  });

  useEffect(() => {
    const move = (event: PointerEvent) => {
      const current = drag.current;
      if (current === null) return;
      current.x = event.clientX;
      current.y = event.clientY;
      const travel = Math.hypot(current.x - current.startX, current.y - current.startY);
      if (travel >= DRAG_THRESHOLD) current.moved = true;
      if (current.moved) setGhost({ kind: current.kind, x: current.x, y: current.y });
    };
    const up = (event: PointerEvent) => {
      const current = drag.current;
      drag.current = null;
      setGhost(null);
      if (current === null) return;
      const { onCreate: create, isOverCanvas: over } = handlers.current;
      if (!current.moved) create(current.kind, null);
      else if (over(event.clientX, event.clientY))
        create(current.kind, { x: event.clientX, y: event.clientY });
    };
    const cancel = () => {
      drag.current = null;
      setGhost(null);
    };
    // In the capture phase: the canvas stops some pointer events from bubbling.
    window.addEventListener("pointermove", move, true);
    window.addEventListener("pointerup", up, true);
    window.addEventListener("pointercancel", cancel, true);
    return () => {
      window.removeEventListener("pointermove", move, true);
      window.removeEventListener("pointerup", up, true);
      window.removeEventListener("pointercancel", cancel, true);
    };
  }, []);

  const start = (kind: NodeKind) => (event: ReactPointerEvent) => {
    if (event.button !== 0) return;
    event.preventDefault();
    const { clientX: x, clientY: y } = event;
    drag.current = { kind, startX: x, startY: y, x, y, moved: false };
  };

  return (
    <>
      <div
        className={`kt-palette${folded ? " kt-palette--folded" : ""}`}
        role="toolbar"
        aria-label="Add a node"
        aria-orientation="vertical"
        data-testid="palette"
        data-folded={folded}
      >
        <div className="kt-palette__title">
          {!folded && <span>Add</span>}
          <button
            type="button"
            className="kt-fold"
            data-testid="palette-fold"
            aria-expanded={!folded}
            aria-label={folded ? "Unfold the palette" : "Fold the palette"}
            title={folded ? "Unfold the palette" : "Fold the palette to a strip"}
            onClick={toggleFold}
          >
            <FoldChevron folded={folded} across />
          </button>
        </div>
        {NODE_KIND_ORDER.map((kind) => (
          <button
            key={kind}
            type="button"
            className="kt-palette__item"
            data-testid={`palette-${kind}`}
            aria-label={folded ? NODE_KINDS[kind].label : undefined}
            title={`${NODE_KINDS[kind].label}: ${KIND_HINTS[kind]}\nDrag onto the canvas, or click to add in the middle.`}
            style={{ color: NODE_KINDS[kind].color }}
            onPointerDown={start(kind)}
            onKeyDown={(event) => {
              if (event.key === "Enter" || event.key === " ") {
                event.preventDefault();
                onCreate(kind, null);
              }
            }}
          >
            <span className={`kt-palette__shape kt-palette__shape--${kind}`}>
              <KindSwatch kind={kind} size={13} />
            </span>
            {!folded && <span className="kt-palette__label">{NODE_KINDS[kind].label}</span>}
          </button>
        ))}
      </div>
      {ghost !== null && (
        <div
          className="kt-palette__ghost"
          data-testid="palette-ghost"
          style={{
            left: ghost.x,
            top: ghost.y,
            borderColor: NODE_KINDS[ghost.kind].color,
            background: NODE_KINDS[ghost.kind].tint,
            color: NODE_KINDS[ghost.kind].color,
          }}
          aria-hidden="true"
        >
          <KindSwatch kind={ghost.kind} size={12} />
          <span>{NODE_KINDS[ghost.kind].label}</span>
        </div>
      )}
    </>
  );
}
