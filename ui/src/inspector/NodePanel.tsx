// The inspector for one node. First what a user fills while drawing: name, kind,
// id, value and target, the what-if of a leaf, the formula of a node with drivers;
// then, under "More" (folded or not, remembered for the session), the rest:
// description, unit, owner, target date, direction, indicator, colour, pinned,
// position. Then its problems and Delete.
//
// A node just added from the palette takes the keys typed for its name before its
// name field existed (typeahead.ts), and its name field has the focus.

import { useLayoutEffect, useRef, useState } from "react";

import type { ColorSource, Direction, Indicator, Node, NodeKind, TreeView } from "../ipc/api";
import { recolourEdit } from "../alignment/recolour";
import { NODE_KIND_ORDER, NODE_KINDS, validColor } from "../model/kinds";
import type { Scenario } from "../numbers/useScenario";
import { ColorField } from "./ColourField";
import {
  CheckboxField,
  DraftField,
  ReadOnlyField,
  SelectField,
  TextField,
  useDraft,
} from "./fields";
import type { Choice } from "./fields";
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
import { IdField } from "./IdField";
import { ComputedValue, WhatIfField } from "./nodeParts";
import { useOptimistic } from "./optimistic";
import { optional, parsed, Problems, Section } from "./sections";
import type { OnEdit } from "./sections";
import { takeKeysFor } from "./typeahead";

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

/** Where the colour of a KPI's impacts links comes from, as the inspector says it. */
const CODE_SOURCES: Readonly<Record<ColorSource, string>> = {
  own: "its own colour",
  link: "set on one of those links",
  palette: "picked automatically (colour-blind safe)",
};

/** Whether "More" is open, for the session (every node panel shares it). */
const MORE_KEY = "kpitree.inspector.more";

function moreOpenAtFirst(): boolean {
  try {
    return sessionStorage.getItem(MORE_KEY) !== "folded";
  } catch {
    return true;
  }
}

function rememberMore(open: boolean): void {
  try {
    sessionStorage.setItem(MORE_KEY, open ? "open" : "folded");
  } catch {
    // No session storage (a locked-down WebView): the choice lasts while shown.
  }
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
  const [moreOpen, setMoreOpen] = useState(moreOpenAtFirst);

  const set = <K extends keyof Node>(field: K, value: Node[K]) => {
    if (Object.is(latest()[field], value)) return;
    const values: Partial<Node> = {};
    values[field] = value;
    // A colour-coded KPI's links that wore its old code follow the new colour.
    void send(values, (next) =>
      onEdit(field === "color" ? recolourEdit(view, next) : updateNode(next)),
    );
  };

  const name = useDraft(
    node.name,
    parsed(parseName, (text) => set("name", text)),
  );
  const nameInput = useRef<HTMLInputElement>(null);
  // A node just added: its name field takes the focus and what was typed for it.
  useLayoutEffect(() => {
    const held = takeKeysFor(stored.id);
    const input = nameInput.current;
    if (held === null || input === null) return;
    input.focus();
    if (held.text === "") {
      // The next key replaces the new node's placeholder name.
      input.select();
      return;
    }
    name.setDraft(held.text);
    if (held.enter) name.flush();
    // Only when the panel opens (`stored.id` is its key).
  }, []);

  const problems = nodeProblems(view, node.id);
  const code = view.alignment.colors.kpis.find((kpi) => kpi.id === node.id) ?? null;
  const drivers = driversOf(view, node.id);
  const names = new Map(view.tree.nodes.map((candidate) => [candidate.id, candidate.name]));
  const kindColor = NODE_KINDS[node.kind].color;
  const position = node.position;
  const hasFormula = node.formula !== null && node.formula.trim() !== "";

  return (
    <>
      <Section>
        <DraftField field="name" label="Name" draft={name} inputRef={nameInput} />
        <div className="kt-inspector__pair">
          <SelectField
            field="kind"
            label="Kind"
            value={node.kind}
            choices={KIND_CHOICES}
            onChange={(kind) => {
              if (kind !== null) set("kind", kind);
            }}
          />
          <IdField
            id={node.id}
            onChange={(newId) => onEdit({ type: "change_id", id: node.id, new_id: newId })}
          />
        </div>
        <div className="kt-inspector__pair">
          <TextField
            field="value"
            label={node.unit === null ? "Value" : `Value (${node.unit})`}
            inputMode="decimal"
            stored={numberText(node.value)}
            commit={parsed(parseNumber, (value) => set("value", value))}
          />
          <TextField
            field="target"
            label="Target"
            inputMode="decimal"
            stored={numberText(node.target)}
            commit={parsed(parseNumber, (target) => set("target", target))}
          />
        </div>
        {scenario !== undefined && !hasFormula && <WhatIfField node={node} scenario={scenario} />}
        {(drivers.length > 0 || hasFormula) && (
          <FormulaField
            stored={node.formula ?? ""}
            commit={optional((formula) => set("formula", formula))}
            drivers={drivers}
            names={names}
            issues={problems.formula}
          >
            <ComputedValue value={view.values[node.id]} unit={node.unit} />
          </FormulaField>
        )}
      </Section>

      <section className="kt-inspector__section kt-inspector__more">
        <button
          type="button"
          className="kt-inspector__more-toggle"
          data-testid="inspector-more"
          aria-expanded={moreOpen}
          onClick={() => {
            rememberMore(!moreOpen);
            setMoreOpen(!moreOpen);
          }}
        >
          <span className="kt-inspector__more-caret" aria-hidden="true">
            ▸
          </span>
          More
          {!moreOpen && (
            <span className="kt-inspector__hint">description, unit, owner, dates, colour…</span>
          )}
        </button>
        {moreOpen && (
          <>
            <TextField
              field="description"
              label="Description"
              multiline
              stored={node.description ?? ""}
              commit={optional((description) => set("description", description))}
            />
            <div className="kt-inspector__pair">
              <TextField
                field="unit"
                label="Unit"
                stored={node.unit ?? ""}
                placeholder="EUR, %, users"
                commit={optional((unit) => set("unit", unit))}
              />
              <TextField
                field="owner"
                label="Owner"
                stored={node.owner ?? ""}
                placeholder="Team or squad"
                commit={optional((owner) => set("owner", owner))}
              />
            </div>
            <div className="kt-inspector__pair">
              <TextField
                field="target_date"
                label="Target date"
                // Text, not a date input: WebKit draws an empty date input with today's
                // date in grey, which reads as a date that is set.
                placeholder="YYYY-MM-DD"
                stored={node.target_date ?? ""}
                commit={parsed(parseDate, (date) => set("target_date", date))}
              />
              <SelectField
                field="indicator"
                label="Indicator"
                value={node.indicator}
                choices={INDICATOR_CHOICES}
                none="Not set"
                onChange={(indicator) => set("indicator", indicator)}
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
            <ColorField
              field="color"
              label="Colour"
              own={validColor(node.color)}
              fallback={kindColor}
              fallbackLabel="kind colour"
              onChange={(color) => set("color", color)}
            />
            {code !== null && (
              <ReadOnlyField label="Colour of its impacts links">
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
          </>
        )}
      </section>

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
