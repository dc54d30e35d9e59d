// Running a command that adds nodes (paste, duplicate, a node drawn) and then
// selecting what it added: the one way the editor's actions do it.

import type { RefObject } from "react";

import type { CanvasHandle } from "../canvas/TreeCanvas";
import type { Pasted } from "../ipc/api";
import type { TreeCommand } from "./useEditorActions";

/**
 * Runs `command` as a tree command; once its view is shown, selects the nodes it
 * added. Resolves to their ids (none when the core refused or added nothing).
 */
export function addNodesAndSelect(
  runTreeCommand: TreeCommand,
  canvas: RefObject<CanvasHandle | null>,
  command: (treeId: number) => Promise<Pasted>,
): Promise<string[]> {
  let ids: string[] = [];
  return runTreeCommand(async (treeId) => {
    const result = await command(treeId);
    ids = result.ids;
    return result.view;
  }).then((done) => {
    if (!done || ids.length === 0) return [];
    canvas.current?.select({ nodes: ids, links: [] });
    return ids;
  });
}
