import type { TreeSummary } from "../ipc/api";
import { TreeList } from "./TreeList";

interface SidebarProps {
  readonly trees: readonly TreeSummary[] | null;
  readonly selectedId: number | null;
  readonly storePath: string | null;
  /** Whether the store failed to open (the list then stays empty). */
  readonly failed: boolean;
  readonly onOpen: (id: number) => void;
}

function LogoMark() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" className="kt-logo">
      <rect x="8" y="2" width="8" height="6" rx="1.6" fill="#1d3557" />
      <rect x="1.5" y="16" width="8" height="6" rx="1.6" fill="#2a6f97" />
      <rect x="14.5" y="16" width="8" height="6" rx="1.6" fill="#2d6a4f" />
      <path d="M12 8v4M5.5 16v-4h13v4" fill="none" stroke="#8a94a3" strokeWidth="1.5" />
    </svg>
  );
}

export function Sidebar({ trees, selectedId, storePath, failed, onOpen }: SidebarProps) {
  return (
    <aside className="kt-sidebar">
      <header className="kt-brand">
        <LogoMark />
        <span className="kt-brand__name">kpitree</span>
      </header>
      <nav className="kt-sidebar__section" aria-label="Trees">
        <h2 className="kt-sidebar__title">
          Trees
          {trees !== null && trees.length > 0 && (
            <span className="kt-sidebar__count">{trees.length}</span>
          )}
        </h2>
        {trees === null ? (
          <p className="kt-tree-list__empty">{failed ? "Unavailable" : "Loading…"}</p>
        ) : (
          <TreeList trees={trees} selectedId={selectedId} onOpen={onOpen} />
        )}
      </nav>
      {storePath !== null && (
        <footer className="kt-store" title={storePath}>
          <span className="kt-store__label">Store</span>
          <span className="kt-store__path" data-testid="store-path">
            {storePath}
          </span>
        </footer>
      )}
    </aside>
  );
}
