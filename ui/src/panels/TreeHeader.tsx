// Above the canvas: the open tree's name, description, size and problems.

import type { Problem, TreeView } from "../ipc/api";
import { plural } from "../model/format";

function ProblemSummary({ problems }: { readonly problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  const parts = [
    errors > 0 ? plural(errors, "error") : null,
    warnings > 0 ? plural(warnings, "warning") : null,
  ].filter((part): part is string => part !== null);
  return (
    <span
      className={`kt-chip kt-chip--${errors > 0 ? "error" : "warning"}`}
      title={problems.map((problem) => `${problem.severity}: ${problem.message}`).join("\n")}
      data-testid="tree-problems"
    >
      {parts.join(" · ")}
    </span>
  );
}

export function TreeHeader({ view }: { readonly view: TreeView }) {
  const { tree } = view;
  return (
    <header className="kt-tree-header">
      <div className="kt-tree-header__text">
        <h1 className="kt-tree-header__name" title={tree.name}>
          {tree.name}
        </h1>
        {tree.description !== null && tree.description !== "" && (
          <p className="kt-tree-header__description" title={tree.description}>
            {tree.description}
          </p>
        )}
      </div>
      <div className="kt-tree-header__meta">
        <span>{plural(tree.nodes.length, "node")}</span>
        <span aria-hidden="true">·</span>
        <span>{plural(tree.links.length, "link")}</span>
        <ProblemSummary problems={view.problems} />
      </div>
    </header>
  );
}
