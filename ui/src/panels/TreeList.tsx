import type { TreeSummary } from "../ipc/api";
import { plural } from "../model/format";

interface TreeListProps {
  readonly trees: readonly TreeSummary[];
  readonly selectedId: number | null;
  readonly onOpen: (id: number) => void;
}

/** The store's trees; the selected one is highlighted, a click opens one. */
export function TreeList({ trees, selectedId, onOpen }: TreeListProps) {
  if (trees.length === 0) {
    return <p className="kt-tree-list__empty">No trees in this store.</p>;
  }
  return (
    <ul className="kt-tree-list">
      {trees.map((tree) => {
        const selected = tree.id === selectedId;
        return (
          <li key={tree.id}>
            <button
              type="button"
              data-testid={`tree-item-${tree.id}`}
              className={`kt-tree-item${selected ? " is-selected" : ""}`}
              aria-current={selected ? "true" : undefined}
              title={tree.name}
              onClick={() => onOpen(tree.id)}
            >
              <span className="kt-tree-item__name">{tree.name}</span>
              <span className="kt-tree-item__meta">{plural(tree.node_count, "node")}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
