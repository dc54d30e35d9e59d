// The window: the store's trees on the left, the open tree on the right, with the
// editor's toolbar over the canvas.

import { useMemo } from "react";

import { TreeCanvas } from "../canvas/TreeCanvas";
import { EditorToolbar } from "../editor/EditorToolbar";
import { useLayoutDirection } from "../editor/useLayoutDirection";
import { useShortcuts } from "../editor/useShortcuts";
import type { CommandHandlers } from "../editor/useShortcuts";
import { EmptyState } from "../panels/EmptyState";
import { Sidebar } from "../panels/Sidebar";
import { TreeHeader } from "../panels/TreeHeader";
import { ErrorBanner } from "./ErrorBanner";
import { Notice } from "./Notice";
import { useWorkspace } from "./useWorkspace";
import { editableTreeId } from "./workspace";

export function App() {
  const workspace = useWorkspace();
  const { state, openTree, dismissError, performEdit, undo, redo, autoLayout } = workspace;
  const { trees, view, loading, error } = state;
  const [direction, chooseDirection] = useLayoutDirection();

  const editable = editableTreeId(state) !== null;
  const canUndo = editable && view?.can_undo === true;
  const canRedo = editable && view?.can_redo === true;
  const canLayout = editable && view !== null && view.tree.nodes.length > 0;
  const commands = useMemo((): CommandHandlers | null => {
    if (!editable) return null;
    return {
      undo: () => {
        if (canUndo) void undo();
      },
      redo: () => {
        if (canRedo) void redo();
      },
      autoLayout: () => {
        if (canLayout) void autoLayout(direction);
      },
    };
  }, [editable, canUndo, canRedo, canLayout, undo, redo, autoLayout, direction]);
  useShortcuts(commands);

  let main;
  if (view !== null) {
    main = (
      <>
        <TreeHeader view={view} exporting={state.exporting} onExport={workspace.exportTree} />
        <div className="kt-stage">
          <TreeCanvas
            key={view.id}
            view={view}
            faceMetrics={state.faceMetrics}
            change={state.change}
            onEdit={performEdit}
          />
          <EditorToolbar
            canUndo={canUndo}
            canRedo={canRedo}
            canLayout={canLayout}
            direction={direction}
            onUndo={() => void undo()}
            onRedo={() => void redo()}
            onAutoLayout={() => void autoLayout(direction)}
            onDirection={chooseDirection}
          />
        </div>
      </>
    );
  } else if (state.phase === "failed") {
    main = (
      <EmptyState
        title="The store could not be opened"
        testId="start-failed"
        detail="The message above says why. Nothing in the store was changed."
      />
    );
  } else if (trees === null || loading) {
    main = <EmptyState title="Loading…" busy />;
  } else if (trees.length === 0) {
    main = (
      <EmptyState
        title="No trees in this store yet"
        testId="empty-store"
        detail={
          <>
            Import one from the command line with <code>kpitree import FILE.json</code>; it will
            show up in the list on the left.
          </>
        }
      />
    );
  } else if (state.selectedId !== null) {
    main = (
      <EmptyState
        title="This tree could not be opened"
        detail="The message above says why. Pick it again to retry, or choose another tree."
      />
    );
  } else {
    main = <EmptyState title="Choose a tree" detail="Pick a tree in the list on the left." />;
  }

  return (
    <div className="kt-app">
      <Sidebar
        trees={trees}
        selectedId={state.selectedId}
        storePath={state.storePath}
        failed={state.phase === "failed"}
        onOpen={openTree}
        renamingId={state.renamingId}
        library={workspace}
      />
      <main className="kt-main" aria-busy={loading || undefined}>
        {error !== null && <ErrorBanner error={error} onDismiss={dismissError} />}
        {main}
      </main>
      <Notice
        notice={state.notice}
        onAction={workspace.runNoticeAction}
        onDismiss={workspace.dismissNotice}
      />
    </div>
  );
}
