// The inspector for several nodes and links: how many, the first names, and
// Delete for all of them (one edit).

import type { TreeView } from "../ipc/api";
import { plural } from "../model/format";
import { deleteSelection } from "./linkForm";
import type { Selected } from "./linkForm";
import { findNode } from "./nodeForm";
import { Section } from "./sections";
import type { OnEdit } from "./sections";

const LISTED = 6;

export function MultiPanel({
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
