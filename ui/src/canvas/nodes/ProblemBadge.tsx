import type { NodeIssue } from "../flow";

/** A red (error) or amber (warnings only) badge; the messages are its tooltip. */
export function ProblemBadge({ nodeId, issues }: { nodeId: string; issues: readonly NodeIssue[] }) {
  const first = issues[0];
  if (first === undefined) return null;
  const severity = issues.some((issue) => issue.severity === "error") ? "error" : "warning";
  const text = issues.map((issue) => issue.message).join("\n");
  const label = issues.length === 1 ? first.message : `${issues.length} problems: ${text}`;
  return (
    <span
      className={`kt-badge kt-badge--${severity}`}
      title={text}
      role="img"
      aria-label={label}
      data-testid={`node-problem-${nodeId}`}
    >
      {issues.length > 1 ? issues.length : "!"}
    </span>
  );
}
