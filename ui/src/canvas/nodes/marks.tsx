// Small inline marks that tell the kinds apart beside colour and shape, drawn from
// the core's look table (NODE_LOOKS, the shapes the SVG export draws too). Inline
// SVG (no icon font, no remote asset), decorative: the kind's label is the text.
// They paint in `currentColor`, so a card or a legend row colours them.

import type { NodeKind } from "../../ipc/api";
import type { MarkPart } from "../../model/lookTypes";
import { NODE_LOOKS } from "../../model/looks.generated";

interface MarkProps {
  readonly size?: number;
}

/** One shape of a mark, painted in the current colour unless it has its own. */
function Part({ part }: { readonly part: MarkPart }) {
  const { shape, paint } = part;
  const painted =
    paint.kind === "fill"
      ? { fill: "currentColor" }
      : paint.kind === "outline"
        ? {
            fill: "none",
            stroke: "currentColor",
            strokeWidth: paint.width,
            strokeDasharray: paint.dash,
          }
        : { fill: paint.color };
  if (shape.kind === "path") {
    return <path d={shape.d} {...painted} />;
  }
  return (
    <rect
      x={shape.x}
      y={shape.y}
      width={shape.width}
      height={shape.height}
      rx={shape.rx}
      {...painted}
    />
  );
}

/** The mark of `kind`, `size` px square (by default the size it has on a card). */
export function KindMark({ kind, size }: { readonly kind: NodeKind } & MarkProps) {
  const mark = NODE_LOOKS[kind].mark;
  const side = size ?? mark.size;
  return (
    <svg
      width={side}
      height={side}
      viewBox={`0 0 ${mark.view} ${mark.view}`}
      aria-hidden="true"
      className="kt-mark"
    >
      {mark.parts.map((part, i) => (
        <Part key={i} part={part} />
      ))}
    </svg>
  );
}

/**
 * A swatch in the shape of the kind's node, for lists and the legend. The star and
 * the shield leave a margin in their 24-unit box, so they are drawn 2 px larger to
 * look as large as the swatches.
 */
export function KindSwatch({ kind, size = 12 }: { readonly kind: NodeKind } & MarkProps) {
  const margin = NODE_LOOKS[kind].mark.view === 24 ? 2 : 0;
  return <KindMark kind={kind} size={size + margin} />;
}
