// The canvas's context menu (a right-click on a card or a link), as in any diagram
// tool: the right-click selects what it is on, then the menu offers what the
// keyboard and the Edit menu do to it — for a node, a child, a sibling, a rename,
// the next kind and delete; for a link, reverse and delete. Each item runs the
// same menu action as its shortcut, so there is one implementation of each.
// Escape, a click elsewhere or a scroll closes it.

import { useEffect, useRef } from "react";

import type { MenuAction } from "../ipc/api";

export interface ContextMenuItem {
  readonly action: MenuAction;
  readonly label: string;
  readonly keys: string;
}

export const NODE_MENU: readonly ContextMenuItem[] = [
  { action: "add_child", label: "Add child", keys: "Tab" },
  { action: "add_sibling", label: "Add sibling", keys: "Enter" },
  { action: "rename_node", label: "Rename", keys: "F2" },
  { action: "change_kind", label: "Change kind", keys: "Ctrl+K" },
  { action: "delete", label: "Delete", keys: "Del" },
];

export const LINK_MENU: readonly ContextMenuItem[] = [
  { action: "reverse_link", label: "Reverse link", keys: "Ctrl+R" },
  { action: "delete", label: "Delete link", keys: "Del" },
];

export interface ContextMenuState {
  /** Where the right-click was (client coordinates). */
  readonly x: number;
  readonly y: number;
  readonly items: readonly ContextMenuItem[];
}

interface ContextMenuProps {
  readonly menu: ContextMenuState;
  readonly onPick: (action: MenuAction) => void;
  readonly onClose: () => void;
}

export function ContextMenu({ menu, onPick, onClose }: ContextMenuProps) {
  const element = useRef<HTMLUListElement | null>(null);
  useEffect(() => {
    element.current?.querySelector<HTMLButtonElement>("button")?.focus();
    const outside = (event: Event) => {
      if (!(event.target instanceof Node) || !element.current?.contains(event.target)) onClose();
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    window.addEventListener("pointerdown", outside, true);
    window.addEventListener("wheel", onClose, true);
    window.addEventListener("keydown", escape, true);
    return () => {
      window.removeEventListener("pointerdown", outside, true);
      window.removeEventListener("wheel", onClose, true);
      window.removeEventListener("keydown", escape, true);
    };
  }, [onClose]);

  return (
    <ul
      ref={element}
      className="kt-context-menu"
      role="menu"
      data-testid="context-menu"
      style={{ left: menu.x, top: menu.y }}
    >
      {menu.items.map((item) => (
        <li key={item.action} role="none">
          <button
            type="button"
            role="menuitem"
            data-testid={`context-${item.action}`}
            onClick={() => onPick(item.action)}
          >
            <span>{item.label}</span>
            <kbd>{item.keys}</kbd>
          </button>
        </li>
      ))}
    </ul>
  );
}
