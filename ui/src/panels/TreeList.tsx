import type { KeyboardEvent, MouseEvent } from "react";

import type { TreeSummary } from "../ipc/api";
import { plural } from "../model/format";
import type { TreeLibrary } from "./library";
import { MenuButton } from "./Menu";
import { RenameField } from "./RenameField";

interface TreeListProps {
  readonly trees: readonly TreeSummary[];
  readonly selectedId: number | null;
  readonly onOpen: (id: number) => void;
  /** The tree whose name is being edited, if any. */
  readonly renamingId: number | null;
  readonly library: TreeLibrary;
}

function MoreIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="3.5" cy="8" r="1.35" fill="currentColor" />
      <circle cx="8" cy="8" r="1.35" fill="currentColor" />
      <circle cx="12.5" cy="8" r="1.35" fill="currentColor" />
    </svg>
  );
}

/**
 * The store's trees; the selected one is highlighted, a click opens one. Each has
 * a "⋯" menu (rename, duplicate, delete); a double-click on a name, or F2 on an
 * item, edits the name in place.
 */
export function TreeList({ trees, selectedId, onOpen, renamingId, library }: TreeListProps) {
  if (trees.length === 0) {
    return <p className="kt-tree-list__empty">No trees in this store.</p>;
  }
  return (
    <ul className="kt-tree-list">
      {trees.map((tree) => {
        const selected = tree.id === selectedId;
        const rowClass = `kt-tree-row${selected ? " is-selected" : ""}`;
        if (tree.id === renamingId) {
          return (
            <li key={tree.id} className={`${rowClass} is-renaming`}>
              <RenameField
                name={tree.name}
                onCommit={(name) => {
                  library.endRename();
                  void library.renameTree(tree.id, name);
                }}
                onCancel={library.endRename}
              />
            </li>
          );
        }
        const onClick = (event: MouseEvent<HTMLButtonElement>) => {
          // The second click of a double-click (which renames) opens nothing again.
          if (event.detail > 1) return;
          onOpen(tree.id);
        };
        const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
          if (event.key !== "F2") return;
          event.preventDefault();
          library.startRename(tree.id);
        };
        return (
          <li key={tree.id} className={rowClass}>
            <button
              type="button"
              data-testid={`tree-item-${tree.id}`}
              className={`kt-tree-item${selected ? " is-selected" : ""}`}
              aria-current={selected ? "true" : undefined}
              title={tree.name}
              onClick={onClick}
              onKeyDown={onKeyDown}
            >
              <span
                className="kt-tree-item__name"
                onDoubleClick={() => library.startRename(tree.id)}
              >
                {tree.name}
              </span>
              <span className="kt-tree-item__meta">{plural(tree.node_count, "node")}</span>
            </button>
            <MenuButton
              label={`Actions for ${tree.name}`}
              triggerTestId={`tree-menu-${tree.id}`}
              triggerClassName="kt-tree-row__menu"
              triggerTitle="Rename, duplicate, snapshots, merge or delete"
              triggerLabel={`Actions for ${tree.name}`}
              triggerContent={<MoreIcon />}
              align="end"
              sections={[
                {
                  key: "edit",
                  items: [
                    {
                      key: "rename",
                      testId: "action-rename-tree",
                      label: "Rename",
                      onSelect: () => library.startRename(tree.id),
                    },
                    {
                      key: "duplicate",
                      testId: "action-duplicate-tree",
                      label: "Duplicate",
                      onSelect: () => void library.duplicateTree(tree.id),
                    },
                  ],
                },
                ...(library.takeSnapshot === undefined
                  ? []
                  : [
                      {
                        key: "snapshots",
                        items: [
                          {
                            key: "take-snapshot",
                            testId: "action-take-snapshot",
                            label: "Take snapshot…",
                            onSelect: () => library.takeSnapshot?.(tree.id),
                          },
                          {
                            key: "snapshots",
                            testId: "action-snapshots",
                            label: "Snapshots…",
                            onSelect: () => library.showSnapshots?.(tree.id),
                          },
                          {
                            key: "merge",
                            testId: "action-merge-trees",
                            label: "Merge trees…",
                            onSelect: () => library.mergeTrees?.(tree.id),
                          },
                        ],
                      },
                    ]),
                {
                  key: "delete",
                  items: [
                    {
                      key: "delete",
                      testId: "action-delete-tree",
                      label: "Delete",
                      danger: true,
                      onSelect: () => void library.deleteTree(tree.id),
                    },
                  ],
                },
              ]}
            />
          </li>
        );
      })}
    </ul>
  );
}
