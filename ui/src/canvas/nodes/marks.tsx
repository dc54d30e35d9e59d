// Small inline marks that tell the kinds apart beside colour and shape. Inline SVG
// (no icon font, no remote asset), decorative: the kind's label is the text.

import type { NodeKind } from "../../ipc/api";

interface MarkProps {
  readonly size?: number;
}

export function StarMark({ size = 14 }: MarkProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" className="kt-mark">
      <path
        fill="currentColor"
        d="M12 2.2l2.9 6.1 6.7.8-4.9 4.6 1.3 6.6L12 17.1l-6 3.2 1.3-6.6-4.9-4.6 6.7-.8z"
      />
    </svg>
  );
}

export function ShieldMark({ size = 14 }: MarkProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" className="kt-mark">
      <path fill="currentColor" d="M12 2l8 3v6.2c0 5-3.4 9.4-8 10.8-4.6-1.4-8-5.8-8-10.8V5z" />
      <path fill="#fff" d="M11 7h2v6.5h-2zM11 15h2v2h-2z" />
    </svg>
  );
}

/** A swatch in the shape of the kind's node, for the other kinds and the legend. */
export function KindSwatch({ kind, size = 12 }: { readonly kind: NodeKind } & MarkProps) {
  switch (kind) {
    case "north_star":
      return <StarMark size={size + 2} />;
    case "health_metric":
      return <ShieldMark size={size + 2} />;
    case "business_kpi":
      return (
        <svg width={size} height={size} viewBox="0 0 12 12" aria-hidden="true" className="kt-mark">
          <rect x="0.5" y="1.5" width="11" height="9" rx="2.5" fill="currentColor" />
        </svg>
      );
    case "product_metric":
      return (
        <svg width={size} height={size} viewBox="0 0 12 12" aria-hidden="true" className="kt-mark">
          <rect x="0.5" y="1.5" width="11" height="9" rx="0.5" fill="currentColor" />
        </svg>
      );
    case "strategic_intent":
      return (
        <svg width={size} height={size} viewBox="0 0 12 12" aria-hidden="true" className="kt-mark">
          <path d="M3 1.5h6L11.5 6 9 10.5H3L0.5 6z" fill="currentColor" />
        </svg>
      );
    case "initiative":
      return (
        <svg width={size} height={size} viewBox="0 0 12 12" aria-hidden="true" className="kt-mark">
          <rect
            x="1"
            y="2"
            width="10"
            height="8"
            rx="1.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeDasharray="2.2 1.6"
          />
        </svg>
      );
  }
}
