// Everything of issue #8 the editor shows beside the tree: the what-if scenario,
// the leverage panel and its heat map, and the view and overlays the canvas draws
// them with. One hook, so the window (App) wires one object.

import { useCallback, useMemo, useState } from "react";

import type { Overlays } from "../canvas/flow";
import { usePanelToggle } from "../editor/usePanelToggle";
import type { Edit, TreeView } from "../ipc/api";
import { applyScenario, scenarioView } from "./scenario";
import { heatOf, useLeverage } from "./useLeverage";
import type { LeverageState } from "./useLeverage";
import { useScenario } from "./useScenario";
import type { Scenario } from "./useScenario";

export interface Numbers {
  readonly scenario: Scenario;
  /** Makes the scenario real (one edit) and ends it. */
  readonly applyScenario: () => void;
  /** The tree as the canvas shows it: with the scenario's values, if any. */
  readonly canvasView: TreeView | null;
  readonly overlays: Overlays;
  readonly leverageOpen: boolean;
  readonly toggleLeverage: () => void;
  readonly candidates: readonly string[];
  readonly leverage: LeverageState;
  readonly chooseLeverage: (node: string) => void;
  readonly heat: boolean;
  readonly setHeat: (on: boolean) => void;
}

export function useNumbers(
  view: TreeView | null,
  performEdit: (edit: Edit) => Promise<boolean>,
): Numbers {
  const scenario = useScenario(view);
  const [leverageOpen, toggleLeverage] = usePanelToggle("leverage");
  const [chosen, chooseLeverage] = useState<string | null>(null);
  const [heat, setHeat] = useState(false);
  const { candidates, state: leverage } = useLeverage(view, leverageOpen, chosen);

  const { result, clear } = scenario;
  const canvasView = useMemo(
    () => (view === null || result === null ? view : scenarioView(view, result)),
    [view, result],
  );
  const leaves = leverage.leaves;
  const heatMap = heat && leverageOpen && leaves !== null ? heatOf(leaves) : null;
  const heatKey = heatMap === null ? "" : JSON.stringify(heatMap);
  const overlays = useMemo(
    (): Overlays => ({
      deltas: result?.values ?? null,
      heat: heatKey === "" ? null : (JSON.parse(heatKey) as Record<string, number>),
    }),
    [result, heatKey],
  );

  const apply = useCallback(() => {
    if (view === null || result === null) return;
    const edit = applyScenario(view, result);
    if (edit === null) return;
    void performEdit(edit).then((taken) => {
      if (taken) clear();
    });
  }, [view, result, performEdit, clear]);

  return {
    scenario,
    applyScenario: apply,
    canvasView,
    overlays,
    leverageOpen,
    toggleLeverage,
    candidates,
    leverage,
    chooseLeverage,
    heat,
    setHeat,
  };
}
