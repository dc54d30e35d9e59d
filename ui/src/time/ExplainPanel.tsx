// The "What moved" panel (SPEC 9): for a formula node (the North Star first), its
// change from the compared period to the shown one split among the leaves below
// it, exactly, as a bridge chart whose bars reveal their leaves.

import type { TreeView } from "../ipc/api";
import { SidePanel } from "../panels/SidePanel";
import { BridgeChart } from "./BridgeChart";
import type { Explain } from "./useExplain";

interface ExplainPanelProps {
  readonly view: TreeView;
  readonly explain: Explain;
  readonly onReveal: (ids: readonly string[]) => void;
}

export function ExplainPanel({ view, explain, onReveal }: ExplainPanelProps) {
  const names = new Map(view.tree.nodes.map((node) => [node.id, node.name]));
  const time = view.time;
  let body;
  if (time === null || time.compare === null) {
    body = (
      <p className="kt-explain__note">
        Pick a period to compare with above the canvas: the change between the two is split among
        the leaves that caused it.
      </p>
    );
  } else if (explain.state.kind === "failed") {
    body = (
      <p className="kt-explain__note is-error" data-testid="explain-error">
        {explain.state.message}
      </p>
    );
  } else if (explain.state.kind === "ready") {
    const { bridge } = explain.state.change;
    const first = bridge.rows[0]?.label ?? "";
    const last = bridge.rows[bridge.rows.length - 1]?.label ?? "";
    body = (
      <>
        <p className="kt-explain__summary" data-testid="explain-summary">
          {first} → {last}
          <span className="kt-explain__change">{bridge.summary}</span>
        </p>
        <BridgeChart rows={bridge.rows} onReveal={onReveal} />
      </>
    );
  } else {
    body = <p className="kt-explain__note">Working it out…</p>;
  }
  return (
    <SidePanel
      className="kt-explain"
      label="What moved"
      testId="explain-panel"
      title="What moved"
      onClose={explain.toggle}
      closeLabel="Close What moved"
      closeTestId="explain-close"
    >
      {explain.candidates.length > 1 && (
        <select
          className="kt-explain__node"
          aria-label="The node explained"
          data-testid="explain-node"
          value={explain.node ?? ""}
          onChange={(event) => explain.choose(event.target.value)}
        >
          {explain.candidates.map((id) => (
            <option key={id} value={id}>
              {names.get(id) ?? id}
            </option>
          ))}
        </select>
      )}
      {body}
    </SidePanel>
  );
}
