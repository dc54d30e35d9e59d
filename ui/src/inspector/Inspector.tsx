// The Inspector: every field of the selected node or link, the tree's own fields
// when nothing is selected, and a summary with Delete for a multiple selection.
// Each commit is one edit (one undo step) sent through `onEdit`; problems the core
// reports are shown under the fields they concern.
//
// A panel edits only what it was opened for: an edit it sends once the window has
// moved on (a field committed as the panel goes away) is dropped when the tree
// shown is another one or its node or link is gone.
//
// This file picks the panel; each panel lives in a file of its own (TreePanel,
// NodePanel, LinkPanel, MultiPanel), the formula field in FormulaField.

import { useLayoutEffect, useRef } from "react";
import type { JSX } from "react";

import type { StatusThresholds, TreeView } from "../ipc/api";
import { LINK_KINDS, NODE_KINDS, nodeColor } from "../model/kinds";
import type { Scenario } from "../numbers/useScenario";
import { LinkPanel } from "./LinkPanel";
import { selected } from "./linkForm";
import { MultiPanel } from "./MultiPanel";
import { SidePanel } from "../panels/SidePanel";
import { NodePanel } from "./NodePanel";
import { findNode } from "./nodeForm";
import type { OnEdit } from "./sections";
import { TreePanel } from "./TreePanel";

export interface InspectorSelection {
  readonly nodes: readonly string[];
  readonly links: readonly string[];
}

export interface InspectorProps {
  /** The whole tree as the Rust side sent it (tree, values, problems, ...). */
  readonly view: TreeView;
  readonly selection: InspectorSelection;
  /** Performs one edit (one undo step); resolves `false` when it was refused. */
  readonly onEdit: OnEdit;
  readonly onClose?: () => void;
  /** The what-if scenario, for the what-if field of a leaf. */
  readonly scenario?: Scenario;
  /** Sets the tree's status thresholds (not an edit of the document). */
  readonly onThresholds?: (thresholds: StatusThresholds) => void;
}

export function Inspector(props: InspectorProps): JSX.Element {
  const { view, selection, onEdit, onClose, scenario, onThresholds } = props;
  // The view shown last: what an edit sent from a panel going away is checked against.
  const latestView = useRef(view);
  useLayoutEffect(() => {
    latestView.current = view;
  });
  const editWhile =
    (stillThere: (now: TreeView) => boolean): OnEdit =>
    (edit) =>
      stillThere(latestView.current) ? onEdit(edit) : Promise.resolve(false);
  const sameTree = (now: TreeView) => now.id === view.id;

  const chosen = selected(view, selection);
  const [onlyNode] = chosen.nodes;
  const [onlyLink] = chosen.links;
  const single = chosen.nodes.length + chosen.links.length === 1;
  const node = single && onlyNode !== undefined ? findNode(view, onlyNode) : null;
  const link = single && onlyLink !== undefined ? onlyLink : null;

  let title: string;
  let accent: string | null = null;
  let body: JSX.Element;
  if (node !== null) {
    title = NODE_KINDS[node.kind].label;
    accent = nodeColor(node.kind, node.color);
    body = (
      <NodePanel
        key={node.id}
        view={view}
        node={node}
        onEdit={editWhile((now) => sameTree(now) && findNode(now, node.id) !== null)}
        scenario={scenario}
      />
    );
  } else if (link !== null) {
    const label = LINK_KINDS[link.kind].label;
    title = `${label.charAt(0).toUpperCase()}${label.slice(1)} link`;
    body = (
      <LinkPanel
        key={`${link.from}-${link.to}`}
        view={view}
        link={link}
        onEdit={editWhile(
          (now) =>
            sameTree(now) &&
            now.tree.links.some(
              (candidate) => candidate.from === link.from && candidate.to === link.to,
            ),
        )}
      />
    );
  } else if (chosen.nodes.length + chosen.links.length > 1) {
    title = "Selection";
    body = <MultiPanel view={view} chosen={chosen} onEdit={onEdit} />;
  } else {
    title = "Tree";
    body = <TreePanel view={view} onEdit={editWhile(sameTree)} onThresholds={onThresholds} />;
  }

  return (
    <SidePanel
      className="kt-inspector"
      label="Inspector"
      testId="inspector"
      title={title}
      mark={
        accent !== null && (
          <span className="kt-inspector__dot" style={{ background: accent }} aria-hidden="true" />
        )
      }
      onClose={onClose}
      closeLabel="Close the inspector"
      closeTestId="inspector-close"
    >
      {body}
    </SidePanel>
  );
}
