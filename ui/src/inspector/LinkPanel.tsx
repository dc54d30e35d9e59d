// The inspector for one link: its kind and ends, colour and strength for an
// impacts link, its note, its problems, Reverse and Delete.

import type { Link, LinkKind, Strength, TreeView } from "../ipc/api";
import { LINK_KINDS, NODE_KINDS, nodeColor, validColor } from "../model/kinds";
import { ColorField } from "./ColourField";
import { ReadOnlyField, SelectField, TextField } from "./fields";
import type { Choice } from "./fields";
import { changeLinkKind, linkProblems, removeLink, updateLink } from "./linkForm";
import { findNode } from "./nodeForm";
import { useOptimistic } from "./optimistic";
import { optional, Problems, Section } from "./sections";
import type { OnEdit } from "./sections";

const LINK_KIND_CHOICES: readonly Choice<LinkKind>[] = (
  ["drives", "impacts", "guards"] as const
).map((kind) => ({ value: kind, label: LINK_KINDS[kind].label }));

const STRENGTH_CHOICES: readonly Choice<Strength>[] = [
  { value: "strong", label: "Strong" },
  { value: "medium", label: "Medium" },
  { value: "weak", label: "Weak" },
];

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

export function LinkPanel({
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
          className="kt-inspector__button"
          data-testid="inspector-reverse"
          title="Turn the link round, keeping its fields (Ctrl+R)"
          onClick={() =>
            void onEdit({
              type: "reverse_link",
              key: { kind: link.kind, from: link.from, to: link.to },
            })
          }
        >
          Reverse
        </button>
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
