// Pieces of the node inspector: the Copy button of the id, a formula's computed
// value, and the what-if field of a leaf.

import { useEffect, useState } from "react";

import type { Node, NodeValue } from "../ipc/api";
import { formatValue } from "../model/format";
import { overrideText, parseOverride } from "../numbers/scenario";
import type { Scenario } from "../numbers/useScenario";
import { TextField } from "./fields";
import type { Commit } from "./fields";

export function CopyButton({ text }: { readonly text: string }) {
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

export function ComputedValue({
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
export function WhatIfField({
  node,
  scenario,
}: {
  readonly node: Node;
  readonly scenario: Scenario;
}) {
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
