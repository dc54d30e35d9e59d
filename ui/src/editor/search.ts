// Finding nodes by name: case and accents do not matter; names that start with
// the query come first, then names with a word that does, then the rest.

import type { Node } from "../ipc/api";

/** `text` lower-cased without accents, for matching. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/** The nodes whose name (or id, or owner) holds `query`, best first, at most `limit`. */
export function searchNodes(nodes: readonly Node[], query: string, limit = 12): Node[] {
  const wanted = fold(query.trim());
  if (wanted === "") return [];
  const scored: { node: Node; score: number; index: number }[] = [];
  nodes.forEach((node, index) => {
    const name = fold(node.name);
    let score: number | null = null;
    if (name.startsWith(wanted)) score = 0;
    else if (name.split(/[\s\-_/(]+/).some((word) => word.startsWith(wanted))) score = 1;
    else if (name.includes(wanted)) score = 2;
    else if (fold(node.id).includes(wanted) || fold(node.owner ?? "").includes(wanted)) score = 3;
    if (score !== null) scored.push({ node, score, index });
  });
  scored.sort((a, b) => a.score - b.score || a.index - b.index);
  return scored.slice(0, limit).map((entry) => entry.node);
}
