// What the user may do on the canvas. The foundation is read-only: pan, zoom and
// fit, nothing that changes the tree. The editor will add an editable set here.

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
