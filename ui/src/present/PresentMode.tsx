// Present mode: the tree full screen for an audience, over the same view and the
// same layout as the editor, with nothing that can change it. The tree is
// revealed level by level (Space, Right; Left steps back), each new level shown
// with the level above it at a readable size, and a last step shows the whole
// tree at once; for a tree with history compared with another period, a step after
// it shows the bridge chart of what moved the North Star (PresentBridge.tsx), and
// the bar above says which periods are compared; a click or Enter
// focuses a branch (Esc or Backspace steps back out; the arrows move between
// parent, children and siblings); Esc at the top leaves. Toggles show or hide the
// cross links with the legend, the values, and the step indicator; a light and a
// dark theme. What present mode shows is its own state: nothing is written to the
// store.
//
// Invariant: no node is ever under the chrome. The title and the step stand in a
// bar above the canvas, the colour codes and the legend in a column beside it, and
// each step is fitted into the part of the canvas the control bar leaves free
// (canvas/useRoomFit.ts).

import {
  Background,
  BackgroundVariant,
  ReactFlow,
  ReactFlowProvider,
  useStore,
} from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";

import { edgeTypes } from "../canvas/edges/LinkEdge";
import { faceMetricsStyle } from "../canvas/face";
import { toFlow } from "../canvas/flow";
import type { KpiFlowNode, LinkFlowEdge } from "../canvas/flow";
import { READ_ONLY } from "../canvas/interaction";
import { ColorCodes } from "../alignment/ColorCodes";
import { Legend } from "../canvas/Legend";
import { nodeTypes } from "../canvas/nodes/kinds";
import { useRoomFit } from "../canvas/useRoomFit";
import type { FaceMetrics, TreeView } from "../ipc/api";
import { periodLabel } from "../time/periods";
import { PresentBridge, usePresentBridge } from "./PresentBridge";
import { usePresentSettings } from "./settings";
import type { PresentSettings } from "./settings";
import {
  branchOf,
  childrenOf,
  parentOf,
  revealSteps,
  shownAt,
  siblingOf,
  stepCount,
} from "./reveal";

/** The smallest zoom a step may use: below it the names are too small for a room. */
const READABLE_ZOOM = 0.9;
const FIT = { edgeGap: 48, maxZoom: 2.2, minZoom: READABLE_ZOOM, duration: 450 };
/** The overview shows the whole tree, however small that makes it. */
const OVERVIEW_FIT = { ...FIT, minZoom: 0.05 };
const NODE_ORIGIN: [number, number] = [0.5, 0.5];
const PRO_OPTIONS = { hideAttribution: true };

export interface PresentModeProps {
  readonly view: TreeView;
  readonly faceMetrics: FaceMetrics | null;
  readonly onExit: () => void;
}

interface Place {
  readonly step: number;
  /** The node whose branch is focused, or `null` for the level view. */
  readonly focus: string | null;
}

function PresentCanvas({ view, faceMetrics, onExit }: PresentModeProps) {
  const steps = useMemo(() => revealSteps(view), [view]);
  const [settings, change] = usePresentSettings();
  const explained = usePresentBridge(view, settings.bridge);
  // The levels, then the overview, then what moved (when there is a change to show).
  const levels = stepCount(steps);
  const count = levels + 1 + (explained === null ? 0 : 1);
  const [place, setPlace] = useState<Place>({ step: 0, focus: null });
  const canvas = useRef<HTMLDivElement | null>(null);
  const { fitNodes } = useRoomFit(canvas);
  // The canvas's size: a step is fitted again when it changes (the legend's
  // column shown or hidden, the window resized).
  const size = useStore((state) => `${state.width}x${state.height}`);

  const flow = useMemo(() => toFlow(view, faceMetrics), [view, faceMetrics]);
  const overview = place.step >= levels;
  const whatMoved = explained !== null && place.step > levels && place.focus === null;
  const shown = useMemo(() => shownAt(steps, place.step), [steps, place.step]);
  const branch = useMemo(
    () => (place.focus === null ? null : branchOf(view, place.focus)),
    [view, place.focus],
  );
  const nodes = useMemo(() => presentNodes(flow.nodes, shown, branch), [flow.nodes, shown, branch]);
  const edges = useMemo(
    () => presentEdges(flow.edges, nodes, settings),
    [flow.edges, nodes, settings],
  );

  // Each step brings its new level and the one above into view; a focus, its
  // branch; the overview, everything.
  const inView = useMemo(() => {
    if (branch !== null) return [...branch];
    if (overview) return [...shown];
    return [...newlyShown(view, steps, place.step)];
  }, [branch, overview, shown, view, steps, place.step]);
  useEffect(() => {
    const options = overview && branch === null ? OVERVIEW_FIT : FIT;
    const frame = requestAnimationFrame(() => fitNodes({ ...options, ids: inView }));
    return () => cancelAnimationFrame(frame);
  }, [inView, overview, branch, fitNodes, size]);

  const keys = useRef({ place, count, view, onExit, change });
  useEffect(() => {
    keys.current = { place, count, view, onExit, change };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const next = keyAction(event.key, keys.current);
      if (next === "ignored") return;
      event.preventDefault();
      event.stopPropagation();
      if (next === "exit") keys.current.onExit();
      else if (next !== "handled") setPlace(next);
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, []);

  const focus = useCallback((id: string) => setPlace((current) => ({ ...current, focus: id })), []);
  // A bar of the bridge: back to the whole tree, its leaf's branch in focus.
  const reveal = useCallback(
    (ids: readonly string[]) => {
      const first = ids[0];
      if (first !== undefined) setPlace({ step: levels, focus: first });
    },
    [levels],
  );
  const time = view.time;
  const classes = [
    "kt-canvas",
    "kt-present",
    `kt-present--${settings.theme}`,
    settings.values ? null : "kt-present--no-values",
  ].filter((name): name is string => name !== null);

  return (
    <div
      className={classes.join(" ")}
      data-testid="present"
      style={faceMetrics === null ? undefined : faceMetricsStyle(faceMetrics)}
    >
      <header className="kt-present__bar">
        <div className="kt-present__title">{view.tree.name}</div>
        {time !== null && (
          <div className="kt-present__period" data-testid="present-period">
            {periodLabel(time, time.period)}
            {time.compare !== null && (
              <span className="kt-present__compare"> vs {periodLabel(time, time.compare)}</span>
            )}
          </div>
        )}
        {settings.step && (
          <div className="kt-present__step" data-testid="present-step">
            {place.focus === null
              ? whatMoved
                ? "What moved"
                : overview
                  ? "Overview"
                  : `Level ${place.step + 1} of ${levels}`
              : `Branch: ${view.tree.nodes.find((node) => node.id === place.focus)?.name ?? ""}`}
          </div>
        )}
      </header>
      <div className="kt-present__body">
        {settings.links && view.tree.nodes.length > 0 && !whatMoved && (
          <aside className="kt-present__legend" data-testid="present-legend">
            <ColorCodes view={view} />
            <Legend tree={view.tree} />
          </aside>
        )}
        <div className="kt-present__stage">
          <div className="kt-present__canvas" ref={canvas}>
            <ReactFlow<KpiFlowNode, LinkFlowEdge>
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              nodeOrigin={NODE_ORIGIN}
              onNodeClick={(_event, node) => focus(node.id)}
              proOptions={PRO_OPTIONS}
              minZoom={0.05}
              maxZoom={3}
              {...READ_ONLY}
              elementsSelectable={false}
              colorMode={settings.theme}
            >
              <Background
                variant={BackgroundVariant.Dots}
                gap={26}
                size={1.2}
                color={settings.theme === "dark" ? "#2b3544" : "#dde2e8"}
              />
            </ReactFlow>
          </div>
          {whatMoved && explained !== null && (
            <PresentBridge change={explained} onReveal={reveal} />
          )}
          <PresentControls
            settings={settings}
            change={change}
            onExit={onExit}
            canShowBridge={time?.compare != null}
          />
        </div>
      </div>
    </div>
  );
}

/** The small control bar at the bottom right (it fades until the pointer comes). */
function PresentControls({
  settings,
  change,
  onExit,
  canShowBridge,
}: {
  readonly settings: PresentSettings;
  readonly change: (next: Partial<PresentSettings>) => void;
  readonly onExit: () => void;
  /** Whether the tree has a change to explain (history and a comparison). */
  readonly canShowBridge: boolean;
}) {
  const toggle = (name: "links" | "values" | "step" | "bridge", label: string) => (
    <button
      type="button"
      className={`kt-present__toggle${settings[name] ? " is-on" : ""}`}
      data-testid={`present-toggle-${name}`}
      aria-pressed={settings[name]}
      onClick={() => change({ [name]: !settings[name] })}
    >
      {label}
    </button>
  );
  return (
    <div className="kt-present__controls" role="toolbar" aria-label="Presentation">
      {toggle("links", "Links & legend")}
      {toggle("values", "Values")}
      {toggle("step", "Step")}
      {canShowBridge && toggle("bridge", "What moved")}
      <button
        type="button"
        className="kt-present__toggle"
        data-testid="present-theme"
        onClick={() => change({ theme: settings.theme === "dark" ? "light" : "dark" })}
      >
        {settings.theme === "dark" ? "Light" : "Dark"}
      </button>
      <button
        type="button"
        className="kt-present__toggle"
        data-testid="present-exit"
        onClick={onExit}
      >
        Exit
      </button>
    </div>
  );
}

/** The nodes a step adds, with the nodes they drive (the level above). */
function newlyShown(view: TreeView, steps: ReadonlyMap<string, number>, step: number): Set<string> {
  const added = new Set([...steps].filter(([, at]) => at === step).map(([id]) => id));
  const above = view.tree.links
    .filter((link) => link.kind !== "impacts" && added.has(link.from))
    .map((link) => link.to);
  return new Set([...added, ...above]);
}

/** The nodes as present mode shows them: hidden until their step, faded outside a focus. */
function presentNodes(
  nodes: readonly KpiFlowNode[],
  shown: ReadonlySet<string>,
  branch: ReadonlySet<string> | null,
): KpiFlowNode[] {
  return nodes.map((node) => {
    const visible =
      branch === null ? shown.has(node.id) : shown.has(node.id) || branch.has(node.id);
    const faded = branch !== null && !branch.has(node.id);
    return {
      ...node,
      hidden: !visible,
      selected: false,
      draggable: false,
      connectable: false,
      className: faded ? "is-faded" : undefined,
    };
  });
}

/** The links between shown nodes; the cross links only when they are switched on. */
function presentEdges(
  edges: readonly LinkFlowEdge[],
  nodes: readonly KpiFlowNode[],
  settings: PresentSettings,
): LinkFlowEdge[] {
  const visible = new Set(nodes.filter((node) => node.hidden !== true).map((node) => node.id));
  const faded = new Set(
    nodes.filter((node) => node.className === "is-faded").map((node) => node.id),
  );
  return edges
    .filter((edge) => settings.links || edge.type === "drives")
    .map((edge) => ({
      ...edge,
      hidden: !visible.has(edge.source) || !visible.has(edge.target),
      selectable: false,
      className: faded.has(edge.source) || faded.has(edge.target) ? "is-faded" : undefined,
    }));
}

type KeyResult = Place | "exit" | "handled" | "ignored";

/** What a key does in present mode. */
export function keyAction(
  key: string,
  { place, count, view }: { place: Place; count: number; view: TreeView },
): KeyResult {
  const { step, focus } = place;
  const move = (id: string | null): KeyResult => (id === null ? "handled" : { step, focus: id });
  switch (key) {
    case " ":
    case "PageDown":
      return { step: Math.min(step + 1, count - 1), focus };
    case "PageUp":
      return { step: Math.max(step - 1, 0), focus };
    case "ArrowRight":
      if (focus !== null) return move(siblingOf(view, focus, 1));
      return { step: Math.min(step + 1, count - 1), focus };
    case "ArrowLeft":
      if (focus !== null) return move(siblingOf(view, focus, -1));
      return { step: Math.max(step - 1, 0), focus };
    case "ArrowUp":
      return focus === null ? "handled" : move(parentOf(view, focus));
    case "ArrowDown":
      return focus === null ? "handled" : move(childrenOf(view, focus)[0] ?? null);
    case "Enter": {
      if (focus !== null) return "handled";
      const root = view.tree.nodes.find((node) => parentOf(view, node.id) === null);
      return root === undefined ? "handled" : { step, focus: root.id };
    }
    case "Escape":
      return focus === null ? "exit" : { step, focus: null };
    case "Backspace":
      return focus === null ? "handled" : { step, focus: null };
    default:
      return "ignored";
  }
}

export function PresentMode(props: PresentModeProps) {
  return (
    <ReactFlowProvider>
      <PresentCanvas {...props} />
    </ReactFlowProvider>
  );
}
