// Find a node by name (Ctrl/Cmd+F): a box over the canvas; typing lists the
// matching nodes, Up/Down choose, Enter (or a click) selects the node and brings
// it into view, Escape closes.

import { useEffect, useMemo, useRef, useState } from "react";

import type { Node } from "../ipc/api";
import { KindSwatch } from "../canvas/nodes/marks";
import { NODE_KINDS } from "../model/kinds";
import { searchNodes } from "./search";

export interface SearchProps {
  readonly nodes: readonly Node[];
  readonly onPick: (id: string) => void;
  readonly onClose: () => void;
}

export function Search({ nodes, onPick, onClose }: SearchProps) {
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement | null>(null);
  const results = useMemo(() => searchNodes(nodes, query), [nodes, query]);

  useEffect(() => {
    input.current?.focus();
  }, []);

  const pick = (node: Node | undefined) => {
    if (node === undefined) return;
    onPick(node.id);
    onClose();
  };

  return (
    <div className="kt-search" role="search" data-testid="search">
      <input
        ref={input}
        className="kt-search__input"
        data-testid="search-input"
        type="search"
        placeholder="Find a node by name…"
        aria-label="Find a node by name"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.preventDefault();
            onClose();
          } else if (event.key === "ArrowDown") {
            event.preventDefault();
            setActive((index) => Math.min(index + 1, results.length - 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((index) => Math.max(index - 1, 0));
          } else if (event.key === "Enter") {
            event.preventDefault();
            pick(results[active]);
          }
        }}
        onBlur={(event) => {
          if (!event.currentTarget.parentElement?.contains(event.relatedTarget)) onClose();
        }}
      />
      {query.trim() !== "" && (
        <ul className="kt-search__results" role="listbox" aria-label="Matching nodes">
          {results.length === 0 && <li className="kt-search__none">No node is called that</li>}
          {results.map((node, index) => (
            <li key={node.id} role="option" aria-selected={index === active}>
              <button
                type="button"
                data-testid={`search-result-${node.id}`}
                className={`kt-search__result${index === active ? " is-active" : ""}`}
                onMouseEnter={() => setActive(index)}
                onClick={() => pick(node)}
              >
                <span style={{ color: NODE_KINDS[node.kind].color }}>
                  <KindSwatch kind={node.kind} size={11} />
                </span>
                <span className="kt-search__name">{node.name}</span>
                <span className="kt-search__kind">{NODE_KINDS[node.kind].label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
