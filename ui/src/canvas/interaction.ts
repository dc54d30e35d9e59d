// What the user may do on the canvas. READ_ONLY: pan, zoom and fit, nothing that
// changes the tree. EDITABLE: select nodes and links (click, shift-click to add,
// shift-drag a box), drag nodes alone or together, and draw links from a node's
// handles. Deleting is the window's (the Delete key and the Edit menu make one
// edit of the whole selection), so React Flow's own delete key is off; keyboard
// moves stay off too, since every move must end in one edit (moves.ts), which
// only a drag's end makes.
// The canvas does not pan by itself while a node is dragged to its edge: React
// Flow's auto-pan loop re-arms itself after an awaited pan and was seen to outlive
// the drag, moving nodes after their one edit was sent.

import type { ReactFlowProps } from "@xyflow/react";

export type Interaction = Pick<
  ReactFlowProps,
  | "nodesDraggable"
  | "nodesConnectable"
  | "nodesFocusable"
  | "edgesFocusable"
  | "elementsSelectable"
  | "selectNodesOnDrag"
  | "deleteKeyCode"
  | "selectionKeyCode"
  | "multiSelectionKeyCode"
  | "panOnDrag"
  | "zoomOnScroll"
  | "zoomOnPinch"
  | "zoomOnDoubleClick"
  | "autoPanOnNodeDrag"
>;

export const READ_ONLY: Interaction = {
  nodesDraggable: false,
  nodesConnectable: false,
  nodesFocusable: false,
  edgesFocusable: false,
  elementsSelectable: false,
  selectNodesOnDrag: false,
  deleteKeyCode: null,
  selectionKeyCode: null,
  multiSelectionKeyCode: null,
  panOnDrag: true,
  zoomOnScroll: true,
  zoomOnPinch: true,
  zoomOnDoubleClick: true,
  autoPanOnNodeDrag: false,
};

export const EDITABLE: Interaction = {
  ...READ_ONLY,
  nodesDraggable: true,
  nodesConnectable: true,
  edgesFocusable: true,
  elementsSelectable: true,
  selectNodesOnDrag: true,
  // Shift-drag on the background draws a selection box; shift-click (or the
  // platform's Ctrl/Cmd-click) adds a node to the selection.
  selectionKeyCode: "Shift",
  multiSelectionKeyCode: ["Shift", "Meta", "Control"],
};
