// A panel of the editor's side column (the inspector, the alignment and the
// leverage panels): a header with the title, an optional mark before it and a
// close button, then a body that scrolls. Styles in `styles/side-panel.css`;
// each panel adds its own class (`kt-inspector`, `kt-alignment`, `kt-leverage`)
// for its size and its body's padding.

import type { ReactNode } from "react";

export interface SidePanelProps {
  /** The panel's own class, beside `kt-side-panel`. */
  readonly className: string;
  /** The panel's accessible name. */
  readonly label: string;
  readonly testId: string;
  readonly title: ReactNode;
  /** Drawn before the title (the inspector's colour dot). */
  readonly mark?: ReactNode;
  /** Without it, the panel has no close button. */
  readonly onClose?: () => void;
  /** The close button's accessible name ("Close the inspector"). */
  readonly closeLabel: string;
  readonly closeTestId: string;
  readonly children: ReactNode;
}

export function SidePanel(props: SidePanelProps) {
  return (
    <aside
      className={`kt-side-panel ${props.className}`}
      aria-label={props.label}
      data-testid={props.testId}
    >
      <header className="kt-side-panel__header">
        {props.mark}
        <h2 className="kt-side-panel__title">{props.title}</h2>
        {props.onClose !== undefined && (
          <button
            type="button"
            className="kt-icon-button kt-side-panel__close"
            aria-label={props.closeLabel}
            data-testid={props.closeTestId}
            onClick={props.onClose}
          >
            ×
          </button>
        )}
      </header>
      <div className="kt-side-panel__body">{props.children}</div>
    </aside>
  );
}
