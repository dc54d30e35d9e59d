// The editing area of the window: the canvas with its palette, the toolbar and the
// find box over it, and the inspector beside it. Presentational: the window (App)
// owns the state and the actions, so that the menu and the shortcuts reach them
// even when no tree is open.

import { useCallback, useMemo } from "react";
import type { RefObject } from "react";

import type { ViewChange } from "../app/workspace";
import { TreeCanvas } from "../canvas/TreeCanvas";
import type { CanvasHandle } from "../canvas/TreeCanvas";
import { AlignmentPanel } from "../alignment/AlignmentPanel";
import { Inspector } from "../inspector/Inspector";
import { LeveragePanel } from "../numbers/LeveragePanel";
import type { Numbers } from "../numbers/useNumbers";
import { WhatIfBar } from "../numbers/WhatIfBar";
import { ComparePanel } from "../snapshots/ComparePanel";
import type { Compare } from "../snapshots/useCompare";
import { ExplainPanel } from "../time/ExplainPanel";
import { ValuesGrid } from "../time/ValuesGrid";
import type { Explain } from "../time/useExplain";
import type {
  Edit,
  FaceMetrics,
  MenuAction,
  NodeKind,
  Position,
  StatusThresholds,
  TreeView,
} from "../ipc/api";
import type { LayoutChoice } from "./direction";
import { EditorToolbar } from "./EditorToolbar";
import { Search } from "./Search";
import type { Selection } from "./selection";
import type { RememberedView } from "./useViewState";

export interface EditorStageProps {
  readonly view: TreeView;
  /** Tells the canvas of a tree from that of one of its snapshots. */
  readonly canvasKey: string;
  /** The comparison whose marks the canvas shows, and its panel. */
  readonly compare: Compare;
  readonly faceMetrics: FaceMetrics | null;
  readonly change: ViewChange;
  readonly editable: boolean;
  readonly canvas: RefObject<CanvasHandle | null>;
  readonly selection: Selection;
  readonly onSelectionChange: (selection: Selection) => void;
  readonly remembered: RememberedView;
  readonly inspectorOpen: boolean;
  readonly minimapShown: boolean;
  readonly searchOpen: boolean;
  readonly alignmentOpen: boolean;
  /** The what-if scenario and the leverage panel. */
  readonly numbers: Numbers;
  /** The "What moved" panel. */
  readonly explain: Explain;
  /** The values grid under the canvas. */
  readonly values: {
    readonly open: boolean;
    readonly onPut: (rows: string[], at: string, period: string, text: string) => Promise<boolean>;
    readonly onClose: () => void;
    /** File → Import Values…, from the grid's own button. */
    readonly onImport: () => void;
  };
  readonly onThresholds: (thresholds: StatusThresholds) => void;
  readonly onToggleAlignment: () => void;
  readonly onCloseSearch: () => void;
  readonly onCloseInspector: () => void;
  readonly performEdit: (edit: Edit) => Promise<boolean>;
  readonly onCreateNode: (kind: NodeKind, at: Position) => void;
  readonly onConnectNodes: (from: string, to: string) => void;
  readonly onRenameNode: (id: string) => void;
  readonly onMenuAction: (action: MenuAction) => void;
  /** Collapses or expands a node's branch (its card's badge). */
  readonly onFold: (id: string, collapse: boolean) => void;
  /** Expands what hides these nodes (finding or revealing one). */
  readonly onExpand: (ids: readonly string[]) => void;
  readonly toolbar: {
    readonly canUndo: boolean;
    readonly canRedo: boolean;
    readonly canLayout: boolean;
    readonly direction: LayoutChoice;
    readonly onUndo: () => void;
    readonly onRedo: () => void;
    readonly onAutoLayout: () => void;
    readonly onDirection: (direction: LayoutChoice) => void;
    readonly onPresent: () => void;
  };
}

export function EditorStage(props: EditorStageProps) {
  const { view, canvas, selection, remembered, numbers } = props;
  const { onSelectionChange: report } = props;
  const { selectionChanged } = remembered;
  const marks = props.compare.marks;
  const overlays = useMemo(
    () => (marks === null ? numbers.overlays : { ...numbers.overlays, compare: marks }),
    [numbers.overlays, marks],
  );
  const comparing = props.compare.with !== null;
  // Stable: React Flow reports the selection again whenever this handler changes.
  const onSelectionChange = useCallback(
    (next: Selection) => {
      report(next);
      selectionChanged(next);
    },
    [report, selectionChanged],
  );
  return (
    <div className="kt-stage">
      <div className="kt-stage__canvas">
        {remembered.initial !== undefined && (
          <TreeCanvas
            key={props.canvasKey}
            ref={canvas}
            view={numbers.canvasView ?? view}
            overlays={overlays}
            faceMetrics={props.faceMetrics}
            change={props.change}
            onEdit={props.performEdit}
            editable={props.editable}
            showMinimap={props.minimapShown}
            initialViewState={remembered.initial}
            onSelectionChange={onSelectionChange}
            onViewportChange={remembered.viewportChanged}
            onCreateNode={props.onCreateNode}
            onConnectNodes={props.onConnectNodes}
            onRenameNode={props.onRenameNode}
            onMenuAction={props.onMenuAction}
            onFold={props.onFold}
            onExpand={props.onExpand}
          />
        )}
        <EditorToolbar
          {...props.toolbar}
          alignment={{
            open: props.alignmentOpen,
            findings: view.alignment.findings.length,
            onToggle: props.onToggleAlignment,
          }}
          leverage={{ open: numbers.leverageOpen, onToggle: numbers.toggleLeverage }}
        />
        <WhatIfBar view={view} scenario={numbers.scenario} onApply={numbers.applyScenario} />
        {props.searchOpen && (
          <Search
            nodes={view.tree.nodes}
            onPick={(id) => canvas.current?.focusNode(id)}
            onClose={props.onCloseSearch}
          />
        )}
        {props.values.open && (
          <ValuesGrid
            view={view}
            onPut={props.values.onPut}
            onImport={props.values.onImport}
            onClose={props.values.onClose}
          />
        )}
      </div>
      {(props.alignmentOpen ||
        numbers.leverageOpen ||
        props.inspectorOpen ||
        props.explain.open ||
        comparing) && (
        <div className="kt-stage__side">
          {comparing && (
            <ComparePanel
              view={view}
              compare={props.compare}
              onReveal={(ids) => canvas.current?.reveal(ids)}
            />
          )}
          {props.explain.open && (
            <ExplainPanel
              view={view}
              explain={props.explain}
              onReveal={(ids) => canvas.current?.reveal(ids)}
            />
          )}
          {numbers.leverageOpen && (
            <LeveragePanel
              view={view}
              candidates={numbers.candidates}
              leverage={numbers.leverage}
              onChoose={numbers.chooseLeverage}
              heat={numbers.heat}
              onHeat={numbers.setHeat}
              onReveal={(ids) => canvas.current?.reveal(ids)}
              onWhatIf={numbers.scenario.set}
              onClose={numbers.toggleLeverage}
            />
          )}
          {props.alignmentOpen && (
            <AlignmentPanel
              view={view}
              onReveal={(ids) => canvas.current?.reveal(ids)}
              onClose={props.onToggleAlignment}
            />
          )}
          {props.inspectorOpen && (
            <Inspector
              view={view}
              selection={selection}
              onEdit={props.performEdit}
              scenario={numbers.scenario}
              onThresholds={props.onThresholds}
              onClose={props.onCloseInspector}
            />
          )}
        </div>
      )}
    </div>
  );
}
