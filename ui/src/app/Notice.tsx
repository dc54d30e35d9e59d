// The notice: a short message at the bottom centre of the window ("Deleted …" with
// Undo, "Exported to …"), gone after a few seconds. It stays while the pointer is
// over it or the keyboard is in it, so that its button can always be reached.
// The live region is always there, so that screen readers announce each notice.

import { useEffect, useRef, useState } from "react";
import type { KeyboardEvent } from "react";

import type { Notice as NoticeState } from "./workspace";

/** How long a notice shows, in milliseconds. */
export const NOTICE_DURATION = 8000;
/** What a notice keeps at least once the pointer or the focus leaves it. */
const NOTICE_GRACE = 2000;

interface NoticeProps {
  readonly notice: NoticeState | null;
  readonly onAction: (key: number) => void;
  readonly onDismiss: (key: number) => void;
  readonly duration?: number;
}

export function Notice({ notice, onAction, onDismiss, duration = NOTICE_DURATION }: NoticeProps) {
  return (
    <div className="kt-notice-region" role="status" aria-live="polite">
      {notice !== null && (
        // A new notice is a new toast: its timer and hover state start afresh.
        <Toast
          key={notice.key}
          notice={notice}
          onAction={onAction}
          onDismiss={onDismiss}
          duration={duration}
        />
      )}
    </div>
  );
}

function Toast({
  notice,
  onAction,
  onDismiss,
  duration,
}: Required<NoticeProps> & { readonly notice: NoticeState }) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const remaining = useRef(duration);
  const { key } = notice;

  useEffect(() => {
    if (hovered || focused) return;
    const started = Date.now();
    const timer = setTimeout(() => onDismiss(key), remaining.current);
    return () => {
      clearTimeout(timer);
      const left = remaining.current - (Date.now() - started);
      remaining.current = Math.max(NOTICE_GRACE, left);
    };
  }, [key, hovered, focused, onDismiss]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    onDismiss(key);
  };

  return (
    <div
      className="kt-notice"
      data-testid="notice"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!(
          event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)
        ))
          setFocused(false);
      }}
      onKeyDown={onKeyDown}
    >
      <p className="kt-notice__message" title={notice.message}>
        {notice.message}
      </p>
      {notice.action !== null && (
        <button
          type="button"
          className="kt-notice__action"
          data-testid="notice-action"
          onClick={() => onAction(key)}
        >
          {notice.action.label}
        </button>
      )}
      <button
        type="button"
        className="kt-icon-button kt-notice__close"
        aria-label="Dismiss notice"
        title="Dismiss"
        onClick={() => onDismiss(key)}
      >
        ×
      </button>
    </div>
  );
}
