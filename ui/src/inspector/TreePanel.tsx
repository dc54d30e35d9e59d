// The inspector when nothing is selected: the tree's name and description, its
// counts, the status thresholds and the problems that concern the whole tree.

import type { StatusThresholds, Tree, TreeView } from "../ipc/api";
import { plural } from "../model/format";
import { TextField } from "./fields";
import type { Commit } from "./fields";
import { treeProblems } from "./linkForm";
import { parseName, parseNumber } from "./nodeForm";
import { useOptimistic } from "./optimistic";
import { optional, parsed, Problems, Section } from "./sections";
import type { OnEdit } from "./sections";

/** A share (0.1) as the percentage the thresholds' fields show ("10"). */
function percentText(share: number): string {
  return String(Math.round(share * 10_000) / 100);
}

/** The thresholds with one of them set from the percentage typed, or why not. */
function thresholdsWith(
  current: StatusThresholds,
  field: keyof StatusThresholds,
  text: string,
): StatusThresholds | string {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed.message;
  const percent = parsed.value;
  if (percent === null || percent < 0 || percent > 1000) return "Type a percentage from 0 to 1000";
  const next = { ...current, [field]: percent / 100 };
  if (next.on_track_within > next.at_risk_within) {
    return "The on-track band cannot be wider than the at-risk one";
  }
  return next;
}

function ThresholdFields({
  view,
  onThresholds,
}: {
  readonly view: TreeView;
  readonly onThresholds: (thresholds: StatusThresholds) => void;
}) {
  const current = view.thresholds;
  const commit =
    (field: keyof StatusThresholds): Commit =>
    (text) => {
      const next = thresholdsWith(current, field, text);
      if (typeof next === "string") return next;
      onThresholds(next);
      return null;
    };
  return (
    <Section title="Status against targets">
      <div className="kt-inspector__pair">
        <TextField
          field="on_track_within"
          label="On track within (%)"
          inputMode="decimal"
          stored={percentText(current.on_track_within)}
          commit={commit("on_track_within")}
        />
        <TextField
          field="at_risk_within"
          label="At risk within (%)"
          inputMode="decimal"
          stored={percentText(current.at_risk_within)}
          commit={commit("at_risk_within")}
        />
      </div>
      <p className="kt-inspector__hint kt-inspector__hint--block">
        How far short of its target a value may fall and still be on track, or at risk; beyond, it
        is off track.
      </p>
    </Section>
  );
}

export function TreePanel({
  view,
  onEdit,
  onThresholds,
}: {
  readonly view: TreeView;
  readonly onEdit: OnEdit;
  readonly onThresholds?: (thresholds: StatusThresholds) => void;
}) {
  const { shown, latest, send } = useOptimistic<Tree>(view.tree);

  const rename = (name: string) => {
    if (name === latest().name) return;
    void send({ name }, () => onEdit({ type: "rename_tree", name }));
  };
  const describe = (description: string | null) => {
    if (description === latest().description) return;
    void send({ description }, () => onEdit({ type: "set_description", description }));
  };

  return (
    <>
      <Section>
        <TextField
          field="tree_name"
          label="Tree name"
          stored={shown.name}
          commit={parsed(parseName, rename)}
        />
        <TextField
          field="tree_description"
          label="Description"
          multiline
          stored={shown.description ?? ""}
          placeholder="What this tree is for"
          commit={optional(describe)}
        />
        <p className="kt-inspector__meta" data-testid="inspector-counts">
          {plural(view.tree.nodes.length, "node")} · {plural(view.tree.links.length, "link")}
        </p>
      </Section>
      {onThresholds !== undefined && <ThresholdFields view={view} onThresholds={onThresholds} />}
      <p className="kt-inspector__hint kt-inspector__hint--block">
        Select a node or a link to edit it.
      </p>
      <Problems issues={treeProblems(view)} />
    </>
  );
}
