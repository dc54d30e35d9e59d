// What a click on a colour code lights up: the KPI, every `impacts` link into it,
// and every node behind those links: the nodes the links start from and the nodes
// that drive those (an initiative under a strategic intent that bets on the KPI),
// with the `drives` links between them. Everything else is dimmed.
//
// Pure, over the tree the core sent; the colour codes themselves come from the
// core (`TreeView.alignment`).

import type { Tree } from "../ipc/api";
import { linkId } from "../canvas/flow";

export interface Highlight {
  /** The KPI the highlight is for. */
  readonly kpi: string;
  readonly nodes: ReadonlySet<string>;
  /** Links by `KIND-FROM-TO`. */
  readonly links: ReadonlySet<string>;
}

export function kpiHighlight(tree: Tree, kpi: string): Highlight {
  const nodes = new Set<string>([kpi]);
  const links = new Set<string>();
  const drivers = new Map<string, { from: string; id: string }[]>();
  for (const link of tree.links) {
    if (link.kind !== "drives") continue;
    const list = drivers.get(link.to) ?? [];
    list.push({ from: link.from, id: linkId(link) });
    drivers.set(link.to, list);
  }
  const behind: string[] = [];
  for (const link of tree.links) {
    if (link.kind !== "impacts" || link.to !== kpi) continue;
    links.add(linkId(link));
    if (!nodes.has(link.from)) {
      nodes.add(link.from);
      behind.push(link.from);
    }
  }
  // Down the `drives` links from each source; a node seen once is not walked again
  // (a DAG may reach it twice; a cycle, refused by the core, would end here too).
  while (behind.length > 0) {
    const at = behind.pop();
    if (at === undefined) break;
    for (const driver of drivers.get(at) ?? []) {
      links.add(driver.id);
      if (!nodes.has(driver.from)) {
        nodes.add(driver.from);
        behind.push(driver.from);
      }
    }
  }
  return { kpi, nodes, links };
}
