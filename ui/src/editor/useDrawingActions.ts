// Drawing at the speed of thought (issue 14): the editor's quick gestures, each one
// command to the core, which plans it (ids from names, kinds, places, the link a
// line makes) and answers with the tree:
//
//   Tab     a child of the selected node (kind from its kin), named in place at once
//   Enter   a sibling of the selected node, named in place at once
//   F2, a double-click or typing on a selected node: rename it on its card; in the
//           field Enter keeps the name, Tab keeps it and adds a child
//   Ctrl+K  the selected nodes' next kind     Ctrl+R  the selected link turned round
//   a palette item: a node at the drop point (or the view's middle), moved aside
//           from any card there; the keys typed at once name it
//   a line drawn from a handle: the link the core guesses from the two kinds
//
// A node is selected as soon as the core has made it; a rename follows the id the
// core gives a node whose id follows its name (TreeView.renamed).

import { useCallback, useEffect, useMemo } from "react";
import type { RefObject } from "react";

import type { CanvasHandle } from "../canvas/TreeCanvas";
import { linkId } from "../canvas/flow";
import { api } from "../ipc/api";
import type { Edit, NewNodePlace, Node, NodeKind, Pasted, Position, TreeView } from "../ipc/api";
import { assignHeldKeys, dropHeldKeys, holdKeysFor } from "../inspector/typeahead";
import { NODE_KIND_ORDER } from "../model/kinds";
import { addNodesAndSelect } from "./addNodes";
import { awaitNewNode, newNodeArrived, onRenameDone, startRename } from "./inlineRename";
import type { RenameDone } from "./inlineRename";
import type { Selection } from "./selection";
import type { CommandHandlers } from "./useShortcuts";
import type { TreeCommand } from "./useEditorActions";

export interface DrawingInput {
  readonly view: TreeView | null;
  readonly canvas: RefObject<CanvasHandle | null>;
  readonly selection: Selection;
  readonly performEdit: (edit: Edit) => Promise<boolean>;
  readonly runTreeCommand: TreeCommand;
  /** F2 with no node selected renames the tree. */
  readonly renameTree: () => void;
  /** Called with a node just created from the palette, to show its inspector. */
  readonly onCreated: (id: string) => void;
}

export interface DrawingActions {
  readonly handlers: CommandHandlers;
  /** A node of `kind` from the palette at `at` (canvas coordinates). */
  readonly createNode: (kind: NodeKind, at: Position) => void;
  /** A line drawn from node `from` to node `to`. */
  readonly connect: (from: string, to: string) => void;
  /** Starts renaming node `id` on its card, its name selected (a double-click). */
  readonly renameNode: (id: string) => void;
}

/** The next kind after `kind` in the palette's order. */
export function nextKind(kind: NodeKind): NodeKind {
  const index = NODE_KIND_ORDER.indexOf(kind);
  return NODE_KIND_ORDER[(index + 1) % NODE_KIND_ORDER.length] ?? kind;
}

export function useDrawingActions(input: DrawingInput): DrawingActions {
  const { view, canvas, selection, performEdit, runTreeCommand, renameTree, onCreated } = input;

  /** Runs a command that adds nodes; resolves to their ids once shown. */
  const addNodes = useCallback(
    (command: (treeId: number) => Promise<Pasted>) =>
      addNodesAndSelect(runTreeCommand, canvas, command),
    [runTreeCommand, canvas],
  );

  /** A node added at `place`, then named on its card. */
  const addAndName = useCallback(
    (place: NewNodePlace, kind: NodeKind | null) => {
      // The keys typed from now on name the new node (on its card).
      awaitNewNode();
      void addNodes((treeId) => api.addNode(treeId, kind, place)).then(([id]) => {
        // The field shows the placeholder name in grey until a key is typed.
        newNodeArrived(id ?? null);
        if (id !== undefined) requestAnimationFrame(() => canvas.current?.keepInView(id));
      });
    },
    [addNodes, canvas],
  );

  const renameNode = useCallback(
    (id: string) => {
      const node = view?.tree.nodes.find((candidate) => candidate.id === id);
      if (node !== undefined) startRename(id, node.name, true);
    },
    [view],
  );

  // A finished rename is an edit of the node's name; Tab goes on with a child.
  useEffect(() => {
    if (view === null) {
      onRenameDone(null);
      return;
    }
    const done = ({ id, name, next }: RenameDone) => {
      const node = view.tree.nodes.find((candidate) => candidate.id === id);
      if (node === undefined) return;
      const rename =
        node.name === name
          ? Promise.resolve<string | null>(id)
          : renamedNode(runTreeCommand, id, { ...node, name });
      void rename.then((nowId) => {
        if (nowId === null) return;
        canvas.current?.select({ nodes: [nowId], links: [] });
        if (next === "child") addAndName({ type: "child", parent: nowId }, null);
      });
    };
    onRenameDone(done);
    return () => onRenameDone(null);
  }, [view, runTreeCommand, canvas, addAndName]);

  const createNode = useCallback(
    (kind: NodeKind, at: Position) => {
      if (view === null) return;
      // The keys typed from now on name the node (its name field takes them).
      holdKeysFor(null);
      void addNodes((treeId) => api.addNode(treeId, kind, { type: "at", at })).then((ids) => {
        const [id] = ids;
        if (id === undefined) {
          dropHeldKeys();
          return;
        }
        assignHeldKeys(id);
        onCreated(id);
      });
    },
    [view, addNodes, onCreated],
  );

  const connect = useCallback(
    (from: string, to: string) => {
      if (view === null) return;
      const before = new Set(view.tree.links.map(linkId));
      let added: string | null = null;
      void runTreeCommand(async (treeId) => {
        const after = await api.connectNodes(treeId, from, to);
        added = after.tree.links.map(linkId).find((id) => !before.has(id)) ?? null;
        return after;
      }).then((done) => {
        if (done && added !== null) canvas.current?.select({ nodes: [], links: [added] });
      });
    },
    [view, runTreeCommand, canvas],
  );

  const handlers = useMemo((): CommandHandlers => {
    if (view === null) return { rename_node: renameTree };
    const [only] = selection.nodes.length === 1 ? selection.nodes : [];
    const nodes = view.tree.nodes.filter((node) => selection.nodes.includes(node.id));
    const links = view.tree.links.filter((link) => selection.links.includes(linkId(link)));
    const oneLink = selection.nodes.length === 0 && links.length === 1 ? links[0] : undefined;
    return {
      ...(only !== undefined && {
        add_child: () => addAndName({ type: "child", parent: only }, null),
        add_sibling: () => addAndName({ type: "sibling", sibling: only }, null),
      }),
      rename_node: only !== undefined ? () => renameNode(only) : renameTree,
      change_kind: () => {
        if (nodes.length === 0) return;
        const edits: Edit[] = nodes.map((node) => ({
          type: "update_node",
          node: { ...node, kind: nextKind(node.kind) },
        }));
        const [single] = edits;
        void performEdit(
          edits.length === 1 && single !== undefined ? single : { type: "batch", edits },
        );
      },
      reverse_link: () => {
        if (oneLink === undefined) return;
        const key = { kind: oneLink.kind, from: oneLink.from, to: oneLink.to };
        // The canvas keeps the turned link selected (items.ts `followLinks`).
        void performEdit({ type: "reverse_link", key });
      },
    };
  }, [view, selection, addAndName, renameNode, renameTree, performEdit, runTreeCommand, canvas]);

  return { handlers, createNode, connect, renameNode };
}

/** Renames node `id` to `node`'s name; resolves to its id afterwards (it may follow
 * the name), or `null` when the core refused. */
function renamedNode(runTreeCommand: TreeCommand, id: string, node: Node): Promise<string | null> {
  let nowId = id;
  return runTreeCommand(async (treeId) => {
    const after = await api.performEdit(treeId, { type: "update_node", node });
    nowId = after.renamed[id] ?? id;
    return after;
  }).then((done) => (done ? nowId : null));
}
