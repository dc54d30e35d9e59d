import type { TreeSummary } from "../ipc/api";
import { ChevronIcon, PathIcon } from "./icons";
import type { TreeLibrary } from "./library";
import { MenuButton } from "./Menu";
import type { MenuItem } from "./Menu";
import { BLANK_TREE, TEMPLATES } from "./templates";
import { TreeList } from "./TreeList";

interface SidebarProps {
  readonly trees: readonly TreeSummary[] | null;
  readonly selectedId: number | null;
  readonly storePath: string | null;
  /** Whether the store opened read-only: said above its path. */
  readonly readOnly: boolean;
  /** Whether the store failed to open (the list then stays empty). */
  readonly failed: boolean;
  readonly onOpen: (id: number) => void;
  /** The tree whose name is being edited in the list, if any. */
  readonly renamingId: number | null;
  readonly library: TreeLibrary;
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

function PlusIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <path
        d="M7 2.5v9M2.5 7h9"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  );
}

function ImportIcon() {
  return (
    <PathIcon d="M7 1.75v7M4.25 6 7 8.75 9.75 6M2.25 9.5v1.75c0 .55.45 1 1 1h7.5c.55 0 1-.45 1-1V9.5" />
  );
}

/** "New tree" (blank or from a template) and "Import JSON…". */
function LibraryActions({
  library,
  disabled,
}: {
  readonly library: TreeLibrary;
  readonly disabled: boolean;
}) {
  const blank: MenuItem = {
    key: "blank",
    testId: "action-new-tree-blank",
    label: BLANK_TREE.title,
    description: BLANK_TREE.description,
    onSelect: () => void library.createTree(null),
  };
  const templates: MenuItem[] = TEMPLATES.map((info) => ({
    key: info.template,
    testId: `action-new-tree-${info.template}`,
    label: info.title,
    description: info.description,
    onSelect: () => void library.createTree(info.template),
  }));
  return (
    <div className="kt-library-actions">
      <MenuButton
        label="New tree"
        triggerTestId="action-new-tree"
        triggerClassName="kt-button kt-button--primary kt-library-actions__new"
        triggerTitle="Create a tree, blank or from a template"
        triggerContent={
          <>
            <PlusIcon />
            <span>New tree</span>
            <ChevronIcon />
          </>
        }
        disabled={disabled}
        menuClassName="kt-menu--wide"
        sections={[
          { key: "blank", items: [blank] },
          { key: "templates", label: "From a template", items: templates },
        ]}
      />
      <button
        type="button"
        className="kt-button"
        data-testid="action-import-json"
        title="Add a tree from a kpitree JSON file"
        disabled={disabled}
        onClick={() => void library.importJson()}
      >
        <ImportIcon />
        <span>Import JSON…</span>
      </button>
    </div>
  );
}

export function Sidebar(props: SidebarProps) {
  const { trees, selectedId, storePath, readOnly, failed, onOpen, renamingId, library } = props;
  return (
    <aside className="kt-sidebar">
      <header className="kt-brand">
        <LogoMark />
        <span className="kt-brand__name">kpitree</span>
      </header>
      <LibraryActions library={library} disabled={trees === null} />
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
          <TreeList
            trees={trees}
            selectedId={selectedId}
            onOpen={onOpen}
            renamingId={renamingId}
            library={library}
          />
        )}
      </nav>
      {readOnly && <ReadOnlyBanner />}
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

/**
 * Says, for as long as the window is open, that the store is read-only (the user
 * may not write its file or folder): the trees show, present and export; every
 * change is refused.
 */
export function ReadOnlyBanner() {
  return (
    <div className="kt-read-only-banner" role="status" data-testid="read-only-banner">
      <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
        <rect x="3" y="7" width="10" height="7.5" rx="1.5" fill="currentColor" />
        <path
          d="M5.2 7V5a2.8 2.8 0 0 1 5.6 0v2"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      </svg>
      <p>
        <strong>Read-only store.</strong> You can look, present and export; changes cannot be saved.
      </p>
    </div>
  );
}
