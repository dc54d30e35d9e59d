import type { AppError, ErrorKind } from "../ipc/api";

const TITLES: Readonly<Record<ErrorKind, string>> = {
  not_found: "Not found",
  invalid_input: "Invalid input",
  store: "Store error",
  conflict: "Changed elsewhere",
  internal: "Something went wrong",
};

/** Shows an `AppError` from the Rust side until dismissed. */
export function ErrorBanner({ error, onDismiss }: { error: AppError; onDismiss: () => void }) {
  return (
    <div className="kt-error-banner" role="alert" data-testid="error-banner" data-kind={error.kind}>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="8" cy="8" r="7.25" fill="currentColor" />
        <path d="M7.1 3.8h1.8l-.3 5.4H7.4zM7.1 10.6h1.8v1.7H7.1z" fill="#fff" />
      </svg>
      <p>
        <strong>{TITLES[error.kind]}.</strong> {error.message}
      </p>
      <button type="button" onClick={onDismiss} aria-label="Dismiss" className="kt-icon-button">
        ×
      </button>
    </div>
  );
}
