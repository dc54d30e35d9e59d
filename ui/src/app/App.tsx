// The window: the store's trees on the left, the open tree on the right (canvas,
// toolbar, inspector), and every action of the native menu and the keyboard
// shortcuts, which reach the same handlers as the buttons.

import { useCallback, useEffect, useMemo, useRef, useState } from "react";

import type { CanvasHandle } from "../canvas/TreeCanvas";
import { EditorStage } from "../editor/EditorStage";
import { NOTHING_SELECTED, existing } from "../editor/selection";
import type { Selection } from "../editor/selection";
import { useDrawingActions } from "../editor/useDrawingActions";
import { useDrawingKeys } from "../editor/useDrawingKeys";
import { useEditorActions } from "../editor/useEditorActions";
import { useLayoutDirection } from "../editor/useLayoutDirection";
import { usePanelToggle } from "../editor/usePanelToggle";
import { useShortcuts } from "../editor/useShortcuts";
import type { CommandHandlers } from "../editor/useShortcuts";
import { useViewState } from "../editor/useViewState";
import { useNumbers } from "../numbers/useNumbers";
import { useExplain } from "../time/useExplain";
import { SnapshotBanner } from "../snapshots/SnapshotDialogs";
import { SnapshotLayer } from "../snapshots/SnapshotLayer";
import { useCompare } from "../snapshots/useCompare";
import { useSnapshots } from "../snapshots/useSnapshots";
import { EmptyState } from "../panels/EmptyState";
import { loadExportTheme } from "../panels/exportTheme";
import { Sidebar } from "../panels/Sidebar";
import { PresentMode } from "../present/PresentMode";
import { api } from "../ipc/api";
import type { MenuAction } from "../ipc/api";
import { TreeHeader } from "../panels/TreeHeader";
import { AboutDialog } from "./AboutDialog";
import { ErrorBanner } from "./ErrorBanner";
import { Notice } from "./Notice";
import { useWorkspace } from "./useWorkspace";
import { editableTreeId } from "./workspace";

function sameSelection(a: Selection, b: Selection): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((id, index) => id === y[index]);
  return same(a.nodes, b.nodes) && same(a.links, b.links);
}

export function App() {
  const workspace = useWorkspace();
  const { state, openTree, dismissError, performEdit, undo, redo, autoLayout } = workspace;
  const { trees, view, loading, error } = state;
  const [direction, chooseDirection] = useLayoutDirection();
  const canvas = useRef<CanvasHandle | null>(null);
  const [rawSelection, setRawSelection] = useState<Selection>(NOTHING_SELECTED);
  const setSelection = useCallback(
    (next: Selection) =>
      setRawSelection((current) => (sameSelection(current, next) ? current : next)),
    [],
  );
  const [inspectorOpen, toggleInspector, openInspector] = usePanelToggle("inspector");
  const [minimapShown, toggleMinimap] = usePanelToggle("minimap");
  const [alignmentOpen, toggleAlignment] = usePanelToggle("alignment");
  const [searchOpen, setSearchOpen] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const present = useCallback((on: boolean) => {
    setPresenting(on);
    // Full screen is a nicety: a window manager that refuses it changes nothing else.
    void api.setPresenting(on).catch(() => undefined);
  }, []);
  const remembered = useViewState(view?.id ?? null);
  const numbers = useNumbers(view, performEdit);
  const explain = useExplain(view);
  const [valuesOpen, setValuesOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const toggleValues = useCallback(() => setValuesOpen((open) => !open), []);

  const editableId = editableTreeId(state);
  const editable = editableId !== null;
  const editableView = editable ? view : null;
  const selection = useMemo(
    () => (view === null ? NOTHING_SELECTED : existing(rawSelection, view)),
    [rawSelection, view],
  );
  const canUndo = editable && view?.can_undo === true;
  const canRedo = editable && view?.can_redo === true;
  const canLayout = editable && view !== null && view.tree.nodes.length > 0;
  const compare = useCompare(editableView);
  const snapshots = useSnapshots(workspace, compare);
  const { askTake, showList, askMerge } = snapshots;
  const library = useMemo(
    () => ({
      ...workspace,
      takeSnapshot: askTake,
      showSnapshots: showList,
      mergeTrees: (id: number) => askMerge([id]),
    }),
    [workspace, askTake, showList, askMerge],
  );

  const onCreated = useCallback(
    // The new node's panel focuses its name field and hands it the keys typed
    // since (inspector/typeahead.ts).
    (_id: string) => {
      openInspector();
    },
    [openInspector],
  );
  const { createTree, duplicateTree, deleteTree, importJson, importValues, exportTree } = workspace;
  const { startRename } = workspace;
  const selectedId = state.selectedId;
  const drawing = useDrawingActions({
    view: editableView,
    canvas,
    selection,
    performEdit,
    runTreeCommand: workspace.runTreeCommand,
    renameTree: () => {
      if (selectedId !== null) startRename(selectedId);
    },
    onCreated,
  });
  useDrawingKeys(editableView, selection, canvas);
  // Collapsed branches are view state (no undo), answered with the tree as shown.
  const { runTreeCommand } = workspace;
  const fold = useCallback(
    (id: string, collapse: boolean) =>
      void runTreeCommand((treeId) => api.collapseNode(treeId, id, collapse)),
    [runTreeCommand],
  );
  const expand = useCallback(
    (ids: readonly string[]) => void runTreeCommand((treeId) => api.revealNodes(treeId, [...ids])),
    [runTreeCommand],
  );
  const { handlers: editorHandlers } = useEditorActions({
    view: editableView,
    canvas,
    selection,
    performEdit,
    runTreeCommand: workspace.runTreeCommand,
    undo: () => {
      if (canUndo) void undo();
    },
    redo: () => {
      if (canRedo) void redo();
    },
    autoLayout: (chosen) => void autoLayout(chosen, canvas.current?.aspect() ?? null),
    fold,
    direction,
    chooseDirection,
    toggleInspector,
    toggleMinimap,
    toggleAlignment,
    toggleLeverage: numbers.toggleLeverage,
    openSearch: () => setSearchOpen(true),
  });
  const commands = useMemo((): CommandHandlers => {
    const onTree = (run: (id: number) => void) => () => {
      if (selectedId !== null) run(selectedId);
    };
    return {
      ...editorHandlers,
      ...drawing.handlers,
      new_tree: () => void createTree(null),
      new_saas_arr: () => void createTree("saas_arr"),
      new_marketplace: () => void createTree("marketplace"),
      new_media_streaming: () => void createTree("media_streaming"),
      new_ecommerce: () => void createTree("ecommerce"),
      duplicate_tree: onTree((id) => void duplicateTree(id)),
      delete_tree: onTree((id) => void deleteTree(id)),
      rename_tree: onTree(startRename),
      import_json: () => void importJson(),
      import_values: () => void importValues(),
      export_json: () => void exportTree("json", loadExportTheme()),
      export_svg: () => void exportTree("svg", loadExportTheme()),
      export_png: () => void exportTree("png", loadExportTheme()),
      export_html: () => void exportTree("html", loadExportTheme()),
      export_pdf: () => void exportTree("pdf", loadExportTheme()),
      present: () => {
        if (editableView !== null) present(true);
      },
      take_snapshot: onTree(askTake),
      merge_trees: () => askMerge(selectedId === null ? [] : [selectedId]),
      about: () => setAboutOpen(true),
    };
  }, [
    askTake,
    askMerge,
    editableView,
    present,
    editorHandlers,
    drawing.handlers,
    selectedId,
    createTree,
    duplicateTree,
    deleteTree,
    importJson,
    importValues,
    exportTree,
    startRename,
  ]);
  // The canvas's context menu runs the same handlers as the shortcuts, as they are
  // once its right-click has selected what it is on.
  const latestCommands = useRef(commands);
  useEffect(() => {
    latestCommands.current = commands;
  }, [commands]);
  const onMenuAction = useCallback((action: MenuAction) => latestCommands.current[action]?.(), []);
  // While presenting, nothing may change the tree: present mode handles its own keys.
  // Nor while a dialog is open: its keys are its own.
  useShortcuts(
    state.phase === "ready" && !presenting && snapshots.dialog === null && !aboutOpen
      ? commands
      : null,
  );

  let main;
  const snapshot = state.snapshot;
  if (view !== null) {
    main = (
      <>
        {snapshot !== null && (
          <SnapshotBanner
            snapshot={snapshot}
            onRestore={() => snapshots.restore(snapshot)}
            onClose={() => openTree(snapshot.tree_id)}
          />
        )}
        <TreeHeader
          view={view}
          exporting={state.exporting}
          onExport={workspace.exportTree}
          onChooseTime={workspace.chooseTime}
          explain={{ open: explain.open, onToggle: explain.toggle }}
          values={{ open: valuesOpen, onToggle: toggleValues }}
        />
        <EditorStage
          view={view}
          canvasKey={snapshot === null ? String(view.id) : `snapshot-${snapshot.id}`}
          compare={compare}
          faceMetrics={state.faceMetrics}
          change={state.change}
          editable={editable}
          canvas={canvas}
          selection={selection}
          onSelectionChange={setSelection}
          remembered={remembered}
          inspectorOpen={inspectorOpen}
          minimapShown={minimapShown}
          searchOpen={searchOpen}
          alignmentOpen={alignmentOpen}
          numbers={numbers}
          explain={explain}
          values={{
            open: valuesOpen,
            onPut: (rows, at, period, text) =>
              workspace.runTreeCommand((id) => api.pasteValues(id, rows, at, period, text)),
            onClose: toggleValues,
            onImport: () => void importValues(),
          }}
          onThresholds={(thresholds) =>
            void workspace.runTreeCommand((id) => api.setStatusThresholds(id, thresholds))
          }
          onToggleAlignment={toggleAlignment}
          onCloseSearch={() => setSearchOpen(false)}
          onCloseInspector={toggleInspector}
          performEdit={performEdit}
          onCreateNode={drawing.createNode}
          onConnectNodes={drawing.connect}
          onRenameNode={drawing.renameNode}
          onMenuAction={onMenuAction}
          onFold={fold}
          onExpand={expand}
          toolbar={{
            canUndo,
            canRedo,
            canLayout,
            direction,
            onUndo: () => void undo(),
            onRedo: () => void redo(),
            onAutoLayout: () => void autoLayout(direction, canvas.current?.aspect() ?? null),
            onDirection: chooseDirection,
            onPresent: () => present(true),
          }}
        />
        {presenting && (
          <PresentMode view={view} faceMetrics={state.faceMetrics} onExit={() => present(false)} />
        )}
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
            Start one with <strong>New tree</strong> (blank or from a template), or bring one in
            with <strong>Import JSON…</strong>, both at the top of the list on the left.
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
        readOnly={state.readOnly}
        failed={state.phase === "failed"}
        onOpen={openTree}
        renamingId={state.renamingId}
        library={library}
      />
      <main className="kt-main" aria-busy={loading || undefined}>
        {error !== null && <ErrorBanner error={error} onDismiss={dismissError} />}
        {main}
      </main>
      <SnapshotLayer snapshots={snapshots} trees={trees ?? []} />
      {aboutOpen && (
        <AboutDialog
          version={state.version}
          storePath={state.storePath}
          onClose={() => setAboutOpen(false)}
        />
      )}
      <Notice
        notice={state.notice}
        onAction={workspace.runNoticeAction}
        onDismiss={workspace.dismissNotice}
      />
    </div>
  );
}
