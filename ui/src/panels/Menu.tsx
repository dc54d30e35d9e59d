// A button that opens a small menu: the window's menus for new trees, a tree's
// actions and export. The menu follows the WAI-ARIA menu button pattern: it opens
// with the first item focused, arrow keys, Home and End move between items, Enter
// or Space chooses one, Escape (or Tab) closes it and gives focus back to the
// button, and a click anywhere else closes it.
//
// The menu is drawn in a portal at fixed coordinates, so that no scrolling panel
// clips it; it opens below its button, or above when there is no room below.

import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import type { CSSProperties, KeyboardEvent, ReactNode } from "react";
import { createPortal } from "react-dom";

export interface MenuItem {
  readonly key: string;
  readonly testId: string;
  readonly label: string;
  /** A second, quieter line under the label. */
  readonly description?: string;
  readonly onSelect: () => void;
  readonly disabled?: boolean;
  /** Makes the item one choice of a group: shown checked or not; the menu stays open. */
  readonly checked?: boolean;
  /** A destructive action (drawn in the error colour). */
  readonly danger?: boolean;
}

export interface MenuSection {
  readonly key: string;
  /** A small heading over the section's items. */
  readonly label?: string;
  /** Draws the section's items side by side (a segmented choice). */
  readonly inline?: boolean;
  readonly items: readonly MenuItem[];
}

export interface MenuButtonProps {
  /** The menu's accessible name. */
  readonly label: string;
  readonly sections: readonly MenuSection[];
  readonly triggerTestId: string;
  readonly triggerClassName: string;
  readonly triggerContent: ReactNode;
  /** The button's tooltip. */
  readonly triggerTitle?: string;
  /** The button's accessible name, when its content is only an icon. */
  readonly triggerLabel?: string;
  readonly disabled?: boolean;
  /** Which edge of the button the menu lines up with. */
  readonly align?: "start" | "end";
  readonly menuClassName?: string;
}

const GAP = 4;
const MARGIN = 8;

interface Placement {
  readonly top: number;
  readonly left: number | null;
  readonly right: number | null;
}

function placementBelow(trigger: HTMLElement, align: "start" | "end"): Placement {
  const rect = trigger.getBoundingClientRect();
  const top = rect.bottom + GAP;
  if (align === "end") {
    return { top, left: null, right: Math.max(MARGIN, window.innerWidth - rect.right) };
  }
  return { top, left: Math.max(MARGIN, rect.left), right: null };
}

function focusableItems(menu: HTMLElement | null): HTMLElement[] {
  if (menu === null) return [];
  return Array.from(menu.querySelectorAll<HTMLElement>("[data-menu-item]:not(:disabled)"));
}

export function MenuButton(props: MenuButtonProps) {
  const { label, sections, triggerTestId, triggerClassName, triggerContent } = props;
  const { triggerTitle, triggerLabel } = props;
  const { disabled = false, align = "start", menuClassName } = props;
  const [placement, setPlacement] = useState<Placement | null>(null);
  const open = placement !== null;
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  /** Which item to focus once the menu is drawn. */
  const focusOnOpen = useRef<"first" | "last">("first");

  const show = useCallback(
    (focus: "first" | "last") => {
      const button = trigger.current;
      if (button === null || disabled) return;
      focusOnOpen.current = focus;
      setPlacement(placementBelow(button, align));
    },
    [align, disabled],
  );

  const close = useCallback((refocus: boolean) => {
    setPlacement(null);
    if (refocus) trigger.current?.focus();
  }, []);

  // Once drawn: open upwards when there is no room below, and focus an item.
  useLayoutEffect(() => {
    const element = menu.current;
    const button = trigger.current;
    if (placement === null || element === null || button === null) return;
    const height = element.offsetHeight;
    const rect = button.getBoundingClientRect();
    if (placement.top + height > window.innerHeight - MARGIN) {
      const above = rect.top - GAP - height;
      const top = above >= MARGIN ? above : Math.max(MARGIN, window.innerHeight - MARGIN - height);
      if (top !== placement.top) {
        setPlacement({ ...placement, top });
        return;
      }
    }
    const items = focusableItems(element);
    const item = focusOnOpen.current === "first" ? items[0] : items[items.length - 1];
    if (element.contains(document.activeElement)) return;
    item?.focus();
  }, [placement]);

  // A click elsewhere, a resize or a scroll outside the menu closes it.
  useEffect(() => {
    if (!open) return;
    const outside = (target: EventTarget | null) =>
      !(target instanceof Node) ||
      (menu.current?.contains(target) !== true && trigger.current?.contains(target) !== true);
    const onPointerDown = (event: Event) => {
      if (outside(event.target)) close(false);
    };
    const onScroll = (event: Event) => {
      if (outside(event.target)) close(false);
    };
    const onResize = () => close(false);
    document.addEventListener("pointerdown", onPointerDown, true);
    document.addEventListener("mousedown", onPointerDown, true);
    document.addEventListener("scroll", onScroll, true);
    window.addEventListener("resize", onResize);
    window.addEventListener("blur", onResize);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown, true);
      document.removeEventListener("mousedown", onPointerDown, true);
      document.removeEventListener("scroll", onScroll, true);
      window.removeEventListener("resize", onResize);
      window.removeEventListener("blur", onResize);
    };
  }, [open, close]);

  // A disabled button has no menu.
  useEffect(() => {
    if (disabled && open) close(false);
  }, [disabled, open, close]);

  const onTriggerKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      show(event.key === "ArrowDown" ? "first" : "last");
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = focusableItems(menu.current);
    const index = items.findIndex((item) => item === document.activeElement);
    let next: HTMLElement | undefined;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowRight":
        next = items[(index + 1) % items.length];
        break;
      case "ArrowUp":
      case "ArrowLeft":
        next = items[(index - 1 + items.length) % items.length];
        break;
      case "Home":
        next = items[0];
        break;
      case "End":
        next = items[items.length - 1];
        break;
      case "Escape":
      case "Tab":
        event.preventDefault();
        event.stopPropagation();
        close(true);
        return;
      default:
        return;
    }
    event.preventDefault();
    next?.focus();
  };

  const choose = (item: MenuItem) => {
    if (item.checked === undefined) close(true);
    item.onSelect();
  };

  const style: CSSProperties | undefined =
    placement === null
      ? undefined
      : {
          top: placement.top,
          left: placement.left ?? undefined,
          right: placement.right ?? undefined,
        };

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={triggerClassName}
        data-testid={triggerTestId}
        title={triggerTitle}
        aria-label={triggerLabel}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => (open ? close(false) : show("first"))}
        onKeyDown={onTriggerKeyDown}
      >
        {triggerContent}
      </button>
      {placement !== null &&
        createPortal(
          <div
            ref={menu}
            id={menuId}
            role="menu"
            aria-label={label}
            className={`kt-menu${menuClassName === undefined ? "" : ` ${menuClassName}`}`}
            style={style}
            onKeyDown={onMenuKeyDown}
          >
            {sections.map((section, index) => (
              <div
                key={section.key}
                role="group"
                aria-label={section.label}
                className={`kt-menu__section${section.inline === true ? " kt-menu__section--inline" : ""}`}
              >
                {index > 0 && <div role="separator" className="kt-menu__separator" />}
                {section.label !== undefined && (
                  <div className="kt-menu__heading" aria-hidden="true">
                    {section.label}
                  </div>
                )}
                <div className="kt-menu__items">
                  {section.items.map((item) => (
                    <MenuItemButton key={item.key} item={item} onChoose={choose} />
                  ))}
                </div>
              </div>
            ))}
          </div>,
          document.body,
        )}
    </>
  );
}

function MenuItemButton({
  item,
  onChoose,
}: {
  readonly item: MenuItem;
  readonly onChoose: (item: MenuItem) => void;
}) {
  const radio = item.checked !== undefined;
  const classes = ["kt-menu__item"];
  if (item.danger === true) classes.push("kt-menu__item--danger");
  if (item.description !== undefined) classes.push("kt-menu__item--described");
  if (item.checked === true) classes.push("is-checked");
  return (
    <button
      type="button"
      role={radio ? "menuitemradio" : "menuitem"}
      aria-checked={radio ? item.checked : undefined}
      tabIndex={-1}
      data-menu-item=""
      data-testid={item.testId}
      className={classes.join(" ")}
      disabled={item.disabled}
      onClick={() => onChoose(item)}
    >
      <span className="kt-menu__label">{item.label}</span>
      {item.description !== undefined && (
        <span className="kt-menu__description">{item.description}</span>
      )}
    </button>
  );
}
