// The chevron on the panels over the canvas that fold to a slim strip (the
// palette, the colour codes, the legend): it points the way the panel would go.

/** A small chevron: down when the panel is folded (it would open), up when open. */
export function FoldChevron({ folded, across = false }: { folded: boolean; across?: boolean }) {
  // The palette folds sideways, to a strip along the edge: its chevron points right
  // to unfold and left to fold; the lists fold upwards to their title.
  const turn = across ? (folded ? -90 : 90) : folded ? 0 : 180;
  return (
    <svg
      className="kt-fold__chevron"
      width="10"
      height="10"
      viewBox="0 0 10 10"
      aria-hidden="true"
      style={{ transform: `rotate(${turn}deg)` }}
    >
      <path
        d="M2 3.5 5 6.5 8 3.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
