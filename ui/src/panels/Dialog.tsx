// A modal dialog over the window: a title, a body, and a row of buttons at the
// bottom. Escape or a click on the backdrop closes it; the first field (or the
// dialog itself) takes the focus when it opens. Styles in `styles/dialog.css`.

import { useEffect, useRef } from "react";
import type { ReactNode } from "react";

export interface DialogProps {
  readonly title: string;
  readonly testId: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** The buttons, right-aligned under the body. */
  readonly actions: ReactNode;
  /** Wider dialogs (the merge) add a class. */
  readonly className?: string;
  /** Submitting the form (Enter in a field) runs this. */
  readonly onSubmit?: () => void;
}

export function Dialog(props: DialogProps) {
  const { onClose } = props;
  const box = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    const first = box.current?.querySelector<HTMLElement>("input, select, textarea, button");
    (first ?? box.current)?.focus();
  }, []);
  return (
    <div
      className="kt-dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <form
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        data-testid={props.testId}
        className={`kt-dialog${props.className === undefined ? "" : ` ${props.className}`}`}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key !== "Escape") return;
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }}
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit?.();
        }}
      >
        <h2 className="kt-dialog__title">{props.title}</h2>
        <div className="kt-dialog__body">{props.children}</div>
        <div className="kt-dialog__actions">{props.actions}</div>
      </form>
    </div>
  );
}
