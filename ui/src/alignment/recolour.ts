// Recolouring a KPI: its colour is its colour code (SPEC 2: `impacts` links take
// their target's colour), so the links that wore the old code follow the new one.
// A link coloured by hand in the KPI's old code was coloured to match it; one in
// another colour was coloured on purpose and keeps it.

import type { Edit, Node, TreeView } from "../ipc/api";

/**
 * The edit that gives `next` (the node with its new colour) to the tree: the node,
 * and, for every `impacts` link into it drawn in its old code by a colour of its
 * own, that colour cleared so the link takes the code from now on. One undo step.
 */
export function recolourEdit(view: TreeView, next: Node): Edit {
  const update: Edit = { type: "update_node", node: next };
  const old = view.alignment.colors.kpis.find((kpi) => kpi.id === next.id)?.color;
  if (old === undefined) return update;
  const followers = view.tree.links.filter(
    (link) => link.kind === "impacts" && link.to === next.id && link.color?.toLowerCase() === old,
  );
  if (followers.length === 0) return update;
  return {
    type: "batch",
    edits: [
      update,
      ...followers.map((link): Edit => ({ type: "update_link", link: { ...link, color: null } })),
    ],
  };
}
