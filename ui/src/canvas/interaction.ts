// What the user may do on the canvas. READ_ONLY: pan, zoom and fit, nothing that
// changes the tree. EDITABLE, the editor's first slice: select nodes (click,
// shift-click to add, shift-drag a box) and drag them, alone or together. Links
// cannot be drawn and nothing can be deleted yet; keyboard moves stay off too,
// since every move must end in one edit (moves.ts), which only a drag's end makes.

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
};

export const EDITABLE: Interaction = {
  ...READ_ONLY,
  nodesDraggable: true,
  elementsSelectable: true,
  selectNodesOnDrag: true,
  // Shift-drag on the background draws a selection box; shift-click (or the
  // platform's Ctrl/Cmd-click) adds a node to the selection.
  selectionKeyCode: "Shift",
  multiSelectionKeyCode: ["Shift", "Meta", "Control"],
};
