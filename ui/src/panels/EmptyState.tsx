import type { ReactNode } from "react";

interface EmptyStateProps {
  readonly title: string;
  readonly detail?: ReactNode;
  readonly busy?: boolean;
  readonly testId?: string;
}

/** A calm message in place of content: nothing to show yet, or still loading. */
export function EmptyState({ title, detail, busy = false, testId }: EmptyStateProps) {
  return (
    <div className="kt-empty-state" data-testid={testId} aria-busy={busy || undefined}>
      <div className="kt-empty">
        {!busy && (
          <svg
            width="40"
            height="40"
            viewBox="0 0 40 40"
            aria-hidden="true"
            className="kt-empty__art"
          >
            <rect x="14" y="3" width="12" height="8" rx="2" />
            <rect x="3" y="27" width="12" height="8" rx="2" />
            <rect x="25" y="27" width="12" height="8" rx="2" />
            <path d="M20 11v8M9 27v-8h22v8" fill="none" />
          </svg>
        )}
        <h2>{title}</h2>
        {detail !== undefined && <p>{detail}</p>}
      </div>
    </div>
  );
}
