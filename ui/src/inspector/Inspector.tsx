// The Inspector: every field of the selected node or link, the tree's own fields
// when nothing is selected, and a summary with Delete for a multiple selection.
// Each commit is one edit (one undo step) sent through `onEdit`; problems the core
// reports are shown under the fields they concern.

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { JSX, KeyboardEvent, ReactNode } from "react";

import type {
  ColorSource,
  StatusThresholds,
  Direction,
  Edit,
  Indicator,
  Link,
  LinkKind,
  Node,
  NodeKind,
  NodeValue,
  Strength,
  Tree,
  TreeView,
} from "../ipc/api";
import { recolourEdit } from "../alignment/recolour";
import { overrideText, parseOverride } from "../numbers/scenario";
import type { Scenario } from "../numbers/useScenario";
import { complete, completionAt } from "./completion";
import { formatValue, plural } from "../model/format";
import { LINK_KINDS, NODE_KIND_ORDER, NODE_KINDS, nodeColor, validColor } from "../model/kinds";
import {
  CheckboxField,
  ColorField,
  DraftField,
  ReadOnlyField,
  SelectField,
  TextField,
  useDraft,
} from "./fields";
import type { Choice, Commit } from "./fields";
import {
  changeLinkKind,
  deleteSelection,
  linkProblems,
  removeLink,
  selected,
  treeProblems,
  updateLink,
} from "./linkForm";
import type { Selected } from "./linkForm";
import {
  driversOf,
  findNode,
  insertId,
  nodeProblems,
  numberText,
  optionalText,
  parseDate,
  parseName,
  parseNumber,
  updateNode,
} from "./nodeForm";
import type { Issue, Parsed } from "./nodeForm";
import { useOptimistic } from "./optimistic";

export interface InspectorSelection {
  readonly nodes: readonly string[];
  readonly links: readonly string[];
}

export interface InspectorProps {
  /** The whole tree as the Rust side sent it (tree, values, problems, ...). */
  readonly view: TreeView;
  readonly selection: InspectorSelection;
  /** Performs one edit (one undo step); resolves `false` when it was refused. */
  readonly onEdit: (edit: Edit) => Promise<boolean>;
  readonly onClose?: () => void;
  /** The what-if scenario, for the what-if field of a leaf. */
  readonly scenario?: Scenario;
  /** Sets the tree's status thresholds (not an edit of the document). */
  readonly onThresholds?: (thresholds: StatusThresholds) => void;
}

type OnEdit = InspectorProps["onEdit"];

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

const LINK_KIND_CHOICES: readonly Choice<LinkKind>[] = (
  ["drives", "impacts", "guards"] as const
).map((kind) => ({ value: kind, label: LINK_KINDS[kind].label }));

/** Where a colour code comes from, as the inspector says it. */
const CODE_SOURCES: Readonly<Record<ColorSource, string>> = {
  own: "its colour",
  link: "from its links' colour",
  palette: "automatic (colour-blind safe palette)",
};

const STRENGTH_CHOICES: readonly Choice<Strength>[] = [
  { value: "strong", label: "Strong" },
  { value: "medium", label: "Medium" },
  { value: "weak", label: "Weak" },
];

/** A `Commit` that parses the text and hands the value on, or says why it cannot. */
function parsed<T>(parse: (text: string) => Parsed<T>, take: (value: T) => void): Commit {
  return (text) => {
    const result = parse(text);
    if (!result.ok) return result.message;
    take(result.value);
    return null;
  };
}

/** Optional text: always taken, blank is `null`. */
function optional(take: (value: string | null) => void): Commit {
  return (text) => {
    take(optionalText(text));
    return null;
  };
}

function Problems({ issues }: { readonly issues: readonly Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <section className="kt-inspector__problems" data-testid="inspector-problems">
      <h3 className="kt-inspector__section-title">Problems</h3>
      <ul>
        {issues.map((issue) => (
          <li
            key={issue.message}
            className={`kt-inspector__problem kt-inspector__problem--${issue.severity}`}
          >
            <span className="kt-inspector__problem-severity">{issue.severity}</span>
            {issue.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Section({ title, children }: { readonly title?: string; readonly children: ReactNode }) {
  return (
    <section className="kt-inspector__section">
      {title !== undefined && <h3 className="kt-inspector__section-title">{title}</h3>}
      {children}
    </section>
  );
}

// ---------------------------------------------------------------- the tree

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

function TreePanel({
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

// ---------------------------------------------------------------- one node

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

function FormulaField({
  stored,
  commit,
  drivers,
  names,
  issues,
  children,
}: {
  readonly stored: string;
  readonly commit: Commit;
  readonly drivers: readonly string[];
  readonly names: ReadonlyMap<string, string>;
  readonly issues: readonly Issue[];
  readonly children: JSX.Element;
}) {
  const draft = useDraft(stored, commit);
  const input = useRef<HTMLInputElement>(null);
  // Where the caret was when the field last had it, and where to put it next.
  const lastRange = useRef<{ start: number; end: number } | null>(null);
  const caret = useRef<number | null>(null);

  useLayoutEffect(() => {
    const element = input.current;
    if (caret.current === null || element === null) return;
    element.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  // Completion of driver ids: where the caret is while the field has it (none
  // with a selection), the option picked, and whether Escape closed the list.
  const [typingAt, setTypingAt] = useState<number | null>(null);
  const [picked, setPicked] = useState(0);
  const [closed, setClosed] = useState(false);
  const completion =
    typingAt === null || closed ? null : completionAt(draft.value, typingAt, drivers);
  const option =
    completion === null ? null : (completion.matches[picked] ?? completion.matches[0] ?? null);

  const remember = () => {
    const element = input.current;
    if (element === null || element.selectionStart === null) return;
    const end = element.selectionEnd ?? element.selectionStart;
    lastRange.current = { start: element.selectionStart, end };
    const at = element.selectionStart === end ? end : null;
    if (at !== typingAt) {
      setTypingAt(at);
      setPicked(0);
      setClosed(false);
    }
  };

  const accept = (id: string) => {
    if (completion === null) return;
    const next = complete(draft.value, completion, id);
    draft.setDraft(next.text);
    caret.current = next.caret;
    lastRange.current = { start: next.caret, end: next.caret };
    setTypingAt(next.caret);
    input.current?.focus();
  };

  // Keys for the list, before the field's own (Enter would commit, Escape revert).
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    if (completion === null || option === null) return;
    const count = completion.matches.length;
    const index = completion.matches.indexOf(option);
    let handled = true;
    if (event.key === "ArrowDown") setPicked((index + 1) % count);
    else if (event.key === "ArrowUp") setPicked((index - 1 + count) % count);
    else if (event.key === "Enter" || event.key === "Tab") accept(option);
    else if (event.key === "Escape") setClosed(true);
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const insert = (id: string) => {
    const element = input.current;
    const text = draft.value;
    if (element !== null && document.activeElement === element) remember();
    const range = lastRange.current ?? { start: text.length, end: text.length };
    const next = insertId(text, range.start, range.end, id);
    draft.setDraft(next.text);
    caret.current = next.caret;
    lastRange.current = { start: next.caret, end: next.caret };
    element?.focus();
  };

  return (
    <div
      className="kt-inspector__formula"
      onKeyDownCapture={onKeyDownCapture}
      onBlur={() => setTypingAt(null)}
    >
      <DraftField
        field="formula"
        label="Formula"
        mono
        draft={draft}
        inputRef={input}
        onSelect={remember}
        placeholder={drivers.length > 0 ? drivers.join(" + ") : "e.g. acquired - churned"}
        issues={issues}
      >
        {completion !== null && (
          <ul
            className="kt-inspector__completions"
            role="listbox"
            aria-label="Drivers that complete the id"
            data-testid="inspector-completions"
          >
            {completion.matches.map((id) => (
              <li
                key={id}
                role="option"
                aria-selected={id === option}
                data-testid={`inspector-completion-${id}`}
                // Keep the focus (and the caret) in the formula.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => accept(id)}
              >
                <code>{id}</code>
                {names.has(id) && <span>{names.get(id)}</span>}
              </li>
            ))}
          </ul>
        )}
        {drivers.length > 0 ? (
          <div className="kt-inspector__chips" aria-label="Drivers: insert into the formula">
            {drivers.map((id) => (
              <button
                key={id}
                type="button"
                className="kt-inspector__chip"
                data-testid={`inspector-driver-${id}`}
                title={`Insert ${id}${names.has(id) ? ` (${names.get(id) ?? ""})` : ""}`}
                // Keep the caret in the formula: the click inserts where it is.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => insert(id)}
              >
                {id}
              </button>
            ))}
          </div>
        ) : (
          <p className="kt-inspector__hint">
            No drivers: a formula can only use the ids of nodes that drive this one.
          </p>
        )}
        {children}
      </DraftField>
    </div>
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

function NodePanel({
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

// ---------------------------------------------------------------- one link

function NodeRef({ view, id }: { readonly view: TreeView; readonly id: string }) {
  const node = findNode(view, id);
  const color = node === null ? "var(--kt-text-subtle)" : nodeColor(node.kind, node.color);
  return (
    <span className="kt-inspector__node-ref" title={id}>
      <span className="kt-inspector__dot" style={{ background: color }} aria-hidden="true" />
      <span className="kt-inspector__node-name">{node?.name ?? id}</span>
    </span>
  );
}

function LinkPanel({
  view,
  link: stored,
  onEdit,
}: {
  readonly view: TreeView;
  readonly link: Link;
  readonly onEdit: OnEdit;
}) {
  const { shown: link, latest, send } = useOptimistic(stored);

  const set = <K extends "color" | "strength" | "note">(field: K, value: Link[K]) => {
    if (Object.is(latest()[field], value)) return;
    const values: Partial<Link> = {};
    values[field] = value;
    void send(values, (next) => onEdit(updateLink(next)));
  };

  const changeKind = (kind: LinkKind) => {
    const current = latest();
    const edit = changeLinkKind(current, kind);
    if (edit === null) return;
    const impacts = kind === "impacts";
    void send(
      { kind, color: impacts ? current.color : null, strength: impacts ? current.strength : null },
      () => onEdit(edit),
    );
  };

  const target = findNode(view, link.to);
  // Without a colour of its own, the link wears its KPI's colour code.
  const targetColor =
    view.alignment.colors.kpis.find((kpi) => kpi.id === link.to)?.color ??
    (target === null ? NODE_KINDS.business_kpi.color : nodeColor(target.kind, target.color));

  return (
    <>
      <Section>
        <SelectField
          field="link_kind"
          label="Kind"
          value={link.kind}
          choices={LINK_KIND_CHOICES}
          onChange={(kind) => {
            if (kind !== null) changeKind(kind);
          }}
        />
        <ReadOnlyField label="From">
          <span data-testid="inspector-link-from">
            <NodeRef view={view} id={link.from} />
          </span>
        </ReadOnlyField>
        <ReadOnlyField label="To">
          <span data-testid="inspector-link-to">
            <NodeRef view={view} id={link.to} />
          </span>
        </ReadOnlyField>
      </Section>
      <Section>
        {link.kind === "impacts" && (
          <>
            <ColorField
              field="color"
              label="Colour"
              own={validColor(link.color)}
              fallback={targetColor}
              fallbackLabel="KPI's colour code"
              onChange={(color) => set("color", color)}
            />
            <SelectField
              field="strength"
              label="Strength"
              value={link.strength}
              choices={STRENGTH_CHOICES}
              none="Not set"
              onChange={(strength) => set("strength", strength)}
            />
          </>
        )}
        <TextField
          field="note"
          label="Note"
          multiline
          stored={link.note ?? ""}
          placeholder={link.kind === "impacts" ? "Why we believe this moves that" : undefined}
          commit={optional((note) => set("note", note))}
        />
      </Section>
      <Problems issues={linkProblems(view, link)} />
      <div className="kt-inspector__actions">
        <button
          type="button"
          className="kt-inspector__button kt-inspector__button--danger"
          data-testid="inspector-delete"
          onClick={() => void onEdit(removeLink(link))}
        >
          Delete link
        </button>
      </div>
    </>
  );
}

// ---------------------------------------------------------------- several things

const LISTED = 6;

function MultiPanel({
  view,
  chosen,
  onEdit,
}: {
  readonly view: TreeView;
  readonly chosen: Selected;
  readonly onEdit: OnEdit;
}) {
  const parts = [
    chosen.nodes.length > 0 ? plural(chosen.nodes.length, "node") : null,
    chosen.links.length > 0 ? plural(chosen.links.length, "link") : null,
  ].filter((part): part is string => part !== null);
  const names = chosen.nodes.map((id) => findNode(view, id)?.name ?? id);
  const edit = deleteSelection(chosen);
  return (
    <>
      <Section>
        <p className="kt-inspector__summary" data-testid="inspector-summary">
          {parts.join(" and ")} selected
        </p>
        {names.length > 0 && (
          <ul className="kt-inspector__names">
            {names.slice(0, LISTED).map((name, index) => (
              <li key={`${index}-${name}`}>{name}</li>
            ))}
            {names.length > LISTED && (
              <li className="kt-inspector__hint">and {names.length - LISTED} more</li>
            )}
          </ul>
        )}
        <p className="kt-inspector__hint">Select a single node or link to edit its fields.</p>
      </Section>
      <div className="kt-inspector__actions">
        <button
          type="button"
          className="kt-inspector__button kt-inspector__button--danger"
          data-testid="inspector-delete"
          disabled={edit === null}
          onClick={() => {
            if (edit !== null) void onEdit(edit);
          }}
        >
          Delete {parts.join(" and ")}
        </button>
      </div>
    </>
  );
}

// ---------------------------------------------------------------- the panel

export function Inspector(props: InspectorProps): JSX.Element {
  const { view, selection, onEdit, onClose, scenario, onThresholds } = props;
  const chosen = selected(view, selection);
  const [onlyNode] = chosen.nodes;
  const [onlyLink] = chosen.links;
  const single = chosen.nodes.length + chosen.links.length === 1;
  const node = single && onlyNode !== undefined ? findNode(view, onlyNode) : null;
  const link = single && onlyLink !== undefined ? onlyLink : null;

  let title: string;
  let accent: string | null = null;
  let body: JSX.Element;
  if (node !== null) {
    title = NODE_KINDS[node.kind].label;
    accent = nodeColor(node.kind, node.color);
    body = <NodePanel key={node.id} view={view} node={node} onEdit={onEdit} scenario={scenario} />;
  } else if (link !== null) {
    const label = LINK_KINDS[link.kind].label;
    title = `${label.charAt(0).toUpperCase()}${label.slice(1)} link`;
    body = <LinkPanel key={`${link.from}-${link.to}`} view={view} link={link} onEdit={onEdit} />;
  } else if (chosen.nodes.length + chosen.links.length > 1) {
    title = "Selection";
    body = <MultiPanel view={view} chosen={chosen} onEdit={onEdit} />;
  } else {
    title = "Tree";
    body = <TreePanel view={view} onEdit={onEdit} onThresholds={onThresholds} />;
  }

  return (
    <aside className="kt-inspector" data-testid="inspector" aria-label="Inspector">
      <header className="kt-inspector__header">
        {accent !== null && (
          <span className="kt-inspector__dot" style={{ background: accent }} aria-hidden="true" />
        )}
        <h2 className="kt-inspector__title">{title}</h2>
        {onClose !== undefined && (
          <button
            type="button"
            className="kt-icon-button kt-inspector__close"
            aria-label="Close the inspector"
            data-testid="inspector-close"
            onClick={onClose}
          >
            ×
          </button>
        )}
      </header>
      <div className="kt-inspector__body">{body}</div>
    </aside>
  );
}
