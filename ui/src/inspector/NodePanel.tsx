// The inspector for one node: name, kind, id, description, the measure (value,
// what-if, target, direction, indicator, owner, formula), appearance (colour,
// colour code, pinned, position), its problems and Delete.

import { useEffect, useState } from "react";

import type {
  ColorSource,
  Direction,
  Indicator,
  Node,
  NodeKind,
  NodeValue,
  TreeView,
} from "../ipc/api";
import { recolourEdit } from "../alignment/recolour";
import { formatValue } from "../model/format";
import { NODE_KIND_ORDER, NODE_KINDS, validColor } from "../model/kinds";
import { overrideText, parseOverride } from "../numbers/scenario";
import type { Scenario } from "../numbers/useScenario";
import { CheckboxField, ColorField, ReadOnlyField, SelectField, TextField } from "./fields";
import type { Choice, Commit } from "./fields";
import { FormulaField } from "./FormulaField";
import {
  driversOf,
  nodeProblems,
  numberText,
  parseDate,
  parseName,
  parseNumber,
  updateNode,
} from "./nodeForm";
import { useOptimistic } from "./optimistic";
import { optional, parsed, Problems, Section } from "./sections";
import type { OnEdit } from "./sections";

const KIND_CHOICES: readonly Choice<NodeKind>[] = NODE_KIND_ORDER.map((kind) => ({
  value: kind,
  label: NODE_KINDS[kind].label,
}));

const DIRECTION_CHOICES: readonly Choice<Direction>[] = [
  { value: "up", label: "↑ Higher is better" },
  { value: "down", label: "↓ Lower is better" },
];

const INDICATOR_CHOICES: readonly Choice<Indicator>[] = [
  { value: "leading", label: "Leading" },
  { value: "lagging", label: "Lagging" },
];

/** Where a colour code comes from, as the inspector says it. */
const CODE_SOURCES: Readonly<Record<ColorSource, string>> = {
  own: "its colour",
  link: "from its links' colour",
  palette: "automatic (colour-blind safe palette)",
};

function CopyButton({ text }: { readonly text: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  if (typeof navigator === "undefined" || !("clipboard" in navigator)) return null;
  return (
    <button
      type="button"
      className="kt-inspector__button kt-inspector__button--quiet kt-inspector__button--small"
      onClick={() => {
        navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
    >
      {copied ? "Copied" : "Copy"}
    </button>
  );
}

function ComputedValue({
  value,
  unit,
}: {
  readonly value: NodeValue | undefined;
  readonly unit: string | null;
}) {
  if (value === undefined || !value.computed || value.value === null) return null;
  return (
    <p
      className="kt-inspector__computed"
      data-testid="inspector-computed"
      title={String(value.value)}
    >
      <span className="kt-inspector__computed-value">= {formatValue(value.value, unit)}</span>
      <span className="kt-inspector__badge">computed</span>
    </p>
  );
}

/** The what-if of a leaf: a value or a change, shown on the canvas, never saved. */
function WhatIfField({ node, scenario }: { readonly node: Node; readonly scenario: Scenario }) {
  const override = scenario.overrides[node.id];
  const commit: Commit = (text) => {
    if (text.trim() === "") {
      scenario.set(node.id, null);
      return null;
    }
    const parsed = parseOverride(text);
    if (parsed === null) return "Type a value (1200) or a change (+10%, -5%)";
    scenario.set(node.id, parsed);
    return null;
  };
  return (
    <TextField
      field="what_if"
      label="What if…"
      inputMode="decimal"
      stored={override === undefined ? "" : overrideText(override)}
      placeholder="1200, +10%, -5%"
      commit={commit}
      aside={
        override !== undefined && (
          <button
            type="button"
            className="kt-inspector__link"
            data-testid="inspector-whatif-clear"
            onClick={() => scenario.set(node.id, null)}
          >
            Clear
          </button>
        )
      }
    >
      <p className="kt-inspector__hint">Shown on the canvas with its effect; nothing is saved.</p>
    </TextField>
  );
}

export function NodePanel({
  view,
  node: stored,
  onEdit,
  scenario,
}: {
  readonly view: TreeView;
  readonly node: Node;
  readonly onEdit: OnEdit;
  readonly scenario?: Scenario;
}) {
  const { shown: node, latest, send } = useOptimistic(stored);

  const set = <K extends keyof Node>(field: K, value: Node[K]) => {
    if (Object.is(latest()[field], value)) return;
    const values: Partial<Node> = {};
    values[field] = value;
    // A colour-coded KPI's links that wore its old code follow the new colour.
    void send(values, (next) =>
      onEdit(field === "color" ? recolourEdit(view, next) : updateNode(next)),
    );
  };

  const problems = nodeProblems(view, node.id);
  const code = view.alignment.colors.kpis.find((kpi) => kpi.id === node.id) ?? null;
  const drivers = driversOf(view, node.id);
  const names = new Map(view.tree.nodes.map((candidate) => [candidate.id, candidate.name]));
  const kindColor = NODE_KINDS[node.kind].color;
  const position = node.position;

  return (
    <>
      <Section>
        <TextField
          field="name"
          label="Name"
          stored={node.name}
          commit={parsed(parseName, (name) => set("name", name))}
        />
        <SelectField
          field="kind"
          label="Kind"
          value={node.kind}
          choices={KIND_CHOICES}
          onChange={(kind) => {
            if (kind !== null) set("kind", kind);
          }}
        />
        <ReadOnlyField label="Id" aside={<CopyButton text={node.id} />}>
          <code className="kt-inspector__id" data-testid="inspector-id">
            {node.id}
          </code>
        </ReadOnlyField>
        <TextField
          field="description"
          label="Description"
          multiline
          stored={node.description ?? ""}
          commit={optional((description) => set("description", description))}
        />
      </Section>

      <Section title="Measure">
        <div className="kt-inspector__pair">
          <TextField
            field="value"
            label="Value"
            inputMode="decimal"
            stored={numberText(node.value)}
            commit={parsed(parseNumber, (value) => set("value", value))}
          />
          <TextField
            field="unit"
            label="Unit"
            stored={node.unit ?? ""}
            placeholder="EUR, %, users"
            commit={optional((unit) => set("unit", unit))}
          />
        </div>
        {scenario !== undefined && (node.formula === null || node.formula.trim() === "") && (
          <WhatIfField node={node} scenario={scenario} />
        )}
        <div className="kt-inspector__pair">
          <TextField
            field="target"
            label="Target"
            inputMode="decimal"
            stored={numberText(node.target)}
            commit={parsed(parseNumber, (target) => set("target", target))}
          />
          <TextField
            field="target_date"
            label="Target date"
            // Text, not a date input: WebKit draws an empty date input with today's
            // date in grey, which reads as a date that is set.
            placeholder="YYYY-MM-DD"
            stored={node.target_date ?? ""}
            commit={parsed(parseDate, (date) => set("target_date", date))}
          />
        </div>
        <SelectField
          field="direction"
          label="Direction"
          value={node.direction}
          choices={DIRECTION_CHOICES}
          none="Not set"
          onChange={(direction) => set("direction", direction)}
        />
        <div className="kt-inspector__pair">
          <SelectField
            field="indicator"
            label="Indicator"
            value={node.indicator}
            choices={INDICATOR_CHOICES}
            none="Not set"
            onChange={(indicator) => set("indicator", indicator)}
          />
          <TextField
            field="owner"
            label="Owner"
            stored={node.owner ?? ""}
            placeholder="Team or squad"
            commit={optional((owner) => set("owner", owner))}
          />
        </div>
        <FormulaField
          stored={node.formula ?? ""}
          commit={optional((formula) => set("formula", formula))}
          drivers={drivers}
          names={names}
          issues={problems.formula}
        >
          <ComputedValue value={view.values[node.id]} unit={node.unit} />
        </FormulaField>
      </Section>

      <Section title="Appearance">
        <ColorField
          field="color"
          label="Colour"
          own={validColor(node.color)}
          fallback={kindColor}
          fallbackLabel="kind colour"
          onChange={(color) => set("color", color)}
        />
        {code !== null && (
          <ReadOnlyField label="Colour code">
            <span className="kt-inspector__code" data-testid="inspector-color-code">
              <span
                className="kt-inspector__dot"
                style={{ background: code.color }}
                aria-hidden="true"
              />
              <code>{code.color}</code>
              <span className="kt-inspector__hint">{CODE_SOURCES[code.source]}</span>
            </span>
          </ReadOnlyField>
        )}
        <CheckboxField
          field="pinned"
          label="Pinned"
          hint="(auto-layout leaves it in place)"
          checked={node.pinned}
          onChange={(pinned) => set("pinned", pinned)}
        />
        <ReadOnlyField label="Position">
          <span className="kt-inspector__numbers" data-testid="inspector-position">
            {position === null
              ? "Not placed yet"
              : `x ${Math.round(position.x)} · y ${Math.round(position.y)}`}
          </span>
        </ReadOnlyField>
      </Section>

      <Problems issues={problems.other} />

      <div className="kt-inspector__actions">
        <button
          type="button"
          className="kt-inspector__button kt-inspector__button--danger"
          data-testid="inspector-delete"
          onClick={() => void onEdit({ type: "remove_nodes", ids: [node.id] })}
        >
          Delete node
        </button>
      </div>
    </>
  );
}
