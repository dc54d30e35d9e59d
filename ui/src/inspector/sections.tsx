// Pieces every inspector panel is built from: a titled section, the list of
// problems the core reported, and the two `Commit`s most fields use (parse then
// take, optional text).

import type { ReactNode } from "react";

import type { Edit } from "../ipc/api";
import type { Commit } from "./fields";
import { optionalText } from "./nodeForm";
import type { Issue, Parsed } from "./nodeForm";

/** Performs one edit (one undo step); resolves `false` when it was refused. */
export type OnEdit = (edit: Edit) => Promise<boolean>;

/** A `Commit` that parses the text and hands the value on, or says why it cannot. */
export function parsed<T>(parse: (text: string) => Parsed<T>, take: (value: T) => void): Commit {
  return (text) => {
    const result = parse(text);
    if (!result.ok) return result.message;
    take(result.value);
    return null;
  };
}

/** Optional text: always taken, blank is `null`. */
export function optional(take: (value: string | null) => void): Commit {
  return (text) => {
    take(optionalText(text));
    return null;
  };
}

export function Problems({ issues }: { readonly issues: readonly Issue[] }) {
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

export function Section({
  title,
  children,
}: {
  readonly title?: string;
  readonly children: ReactNode;
}) {
  return (
    <section className="kt-inspector__section">
      {title !== undefined && <h3 className="kt-inspector__section-title">{title}</h3>}
      {children}
    </section>
  );
}
