// The editor's actions over the canvas: undo and redo (enabled as the tree's
// history allows), and auto-layout with its direction. Each button's tooltip
// names its shortcut.

import { PathIcon } from "../panels/icons";
import { DIRECTION_LABELS, LAYOUT_CHOICES } from "./direction";
import type { LayoutChoice } from "./direction";
import { shortcutLabel } from "./shortcuts";

export interface EditorToolbarProps {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly canLayout: boolean;
  readonly direction: LayoutChoice;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onAutoLayout: () => void;
  readonly onDirection: (direction: LayoutChoice) => void;
  readonly onPresent?: () => void;
  /** The alignment panel's toggle and how many findings it holds. */
  readonly alignment?: {
    readonly open: boolean;
    readonly findings: number;
    readonly onToggle: () => void;
  };
  /** The leverage panel's toggle. */
  readonly leverage?: { readonly open: boolean; readonly onToggle: () => void };
}

function LeverageIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <g fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round">
        <path d="M2 12.5h12M4 12.5 10.5 5" />
        <path d="M9 5h2.5v2.5" strokeLinejoin="round" />
        <circle cx="4" cy="12.5" r="1" fill="currentColor" />
      </g>
    </svg>
  );
}

function AlignmentIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <g fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round">
        <circle cx="8" cy="8" r="5.8" />
        <circle cx="8" cy="8" r="2.6" />
        <path d="M8 1v2.2M8 12.8V15M1 8h2.2M12.8 8H15" />
      </g>
    </svg>
  );
}

function UndoIcon({ flip = false }: { readonly flip?: boolean }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      style={flip ? { transform: "scaleX(-1)" } : undefined}
    >
      <path
        d="M5.5 3.5 2.5 6.5l3 3M3 6.5h6.25a3.75 3.75 0 0 1 0 7.5H7"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function LayoutIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <g fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round">
        <rect x="5.5" y="1.5" width="5" height="3.5" rx="1" />
        <rect x="1.5" y="11" width="5" height="3.5" rx="1" />
        <rect x="9.5" y="11" width="5" height="3.5" rx="1" />
        <path d="M8 5v3M4 11V8h8v3" strokeLinecap="round" />
      </g>
    </svg>
  );
}

function PresentIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <g fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round">
        <rect x="1.5" y="2.5" width="13" height="8.5" rx="1.2" />
        <path d="M8 11v2.5M5 14h6" strokeLinecap="round" />
        <path d="M6.6 5v3.6L9.6 6.8z" fill="currentColor" stroke="none" />
      </g>
    </svg>
  );
}

function DirectionIcon({ direction }: { readonly direction: LayoutChoice }) {
  if (direction === "compact") return <CompactIcon />;
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 14 14"
      aria-hidden="true"
      style={direction === "left_right" ? { transform: "rotate(-90deg)" } : undefined}
    >
      <path
        d="M7 2v9.5M3.5 8 7 11.5 10.5 8"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The compact layout: a parent over its leaves, stacked. */
function CompactIcon() {
  return (
    <PathIcon d="M4 2h6M7 2v3M3 5.5h8M3 5.5v6.5M11 5.5v6.5M3 8.5h1.5M3 12h1.5M11 8.5H9.5M11 12H9.5" />
  );
}

export function EditorToolbar(props: EditorToolbarProps) {
  const { canUndo, canRedo, canLayout, direction } = props;
  const { onUndo, onRedo, onAutoLayout, onDirection, onPresent, alignment, leverage } = props;
  return (
    <div className="kt-toolbar" role="toolbar" aria-label="Editing">
      <button
        type="button"
        className="kt-tool"
        data-testid="action-undo"
        disabled={!canUndo}
        onClick={onUndo}
        aria-label="Undo"
        title={`Undo (${shortcutLabel("Mod+Z")})`}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        <UndoIcon />
      </button>
      <button
        type="button"
        className="kt-tool"
        data-testid="action-redo"
        disabled={!canRedo}
        onClick={onRedo}
        aria-label="Redo"
        title={`Redo (${shortcutLabel("Mod+Shift+Z")})`}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        <UndoIcon flip />
      </button>
      <span className="kt-toolbar__divider" aria-hidden="true" />
      <button
        type="button"
        className="kt-tool kt-tool--text"
        data-testid="action-auto-layout"
        disabled={!canLayout}
        onClick={onAutoLayout}
        title={`Auto-layout, ${DIRECTION_LABELS[direction].toLowerCase()} (${shortcutLabel("Mod+Shift+L")})`}
        aria-keyshortcuts="Control+Shift+L Meta+Shift+L"
      >
        <LayoutIcon />
        <span>Auto-layout</span>
      </button>
      <div className="kt-segmented" role="radiogroup" aria-label="Layout direction">
        {LAYOUT_CHOICES.map((option) => (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={option === direction}
            aria-label={DIRECTION_LABELS[option]}
            title={DIRECTION_LABELS[option]}
            className={`kt-segmented__option${option === direction ? " is-selected" : ""}`}
            data-testid={`action-layout-direction-${option}`}
            onClick={() => onDirection(option)}
          >
            <DirectionIcon direction={option} />
          </button>
        ))}
      </div>
      {alignment !== undefined && (
        <>
          <span className="kt-toolbar__divider" aria-hidden="true" />
          <button
            type="button"
            className={`kt-tool kt-tool--text${alignment.open ? " is-active" : ""}`}
            data-testid="action-alignment"
            aria-pressed={alignment.open}
            onClick={alignment.onToggle}
            title={`Alignment: unlinked work, KPIs with no lever, missing tripwires (${shortcutLabel("Mod+Shift+A")})`}
            aria-keyshortcuts="Control+Shift+A Meta+Shift+A"
          >
            <AlignmentIcon />
            <span>Alignment</span>
            {alignment.findings > 0 && (
              <span className="kt-tool__badge" data-testid="alignment-count">
                {alignment.findings}
              </span>
            )}
          </button>
        </>
      )}
      {leverage !== undefined && (
        <button
          type="button"
          className={`kt-tool kt-tool--text${leverage.open ? " is-active" : ""}`}
          data-testid="action-leverage"
          aria-pressed={leverage.open}
          onClick={leverage.onToggle}
          title={`Leverage: which leaf moves the North Star most, and what-ifs (${shortcutLabel("Mod+Shift+K")})`}
          aria-keyshortcuts="Control+Shift+K Meta+Shift+K"
        >
          <LeverageIcon />
          <span>Leverage</span>
        </button>
      )}
      {onPresent !== undefined && (
        <>
          <span className="kt-toolbar__divider" aria-hidden="true" />
          <button
            type="button"
            className="kt-tool kt-tool--text"
            data-testid="action-present"
            disabled={!canLayout}
            onClick={onPresent}
            title="Present full screen, level by level (F5)"
            aria-keyshortcuts="F5"
          >
            <PresentIcon />
            <span>Present</span>
          </button>
        </>
      )}
    </div>
  );
}
