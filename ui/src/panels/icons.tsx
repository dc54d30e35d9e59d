// Small icons the panels share.

/**
 * A line icon of one path, in the text's colour: the panels' and the toolbar's
 * small marks share its stroke (1.4, round ends and joins).
 */
export function PathIcon({
  d,
  size = 14,
  className,
}: {
  readonly d: string;
  readonly size?: number;
  readonly className?: string;
}) {
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      className={className}
    >
      <path
        d={d}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The "opens a menu" mark of a menu button. */
export function ChevronIcon() {
  return <PathIcon d="M2.5 3.75 5 6.25l2.5-2.5" size={10} className="kt-chevron" />;
}

/** Something is running (drawn still when the user prefers reduced motion). */
export function Spinner() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" className="kt-spinner">
      <circle
        cx="7"
        cy="7"
        r="5.5"
        fill="none"
        stroke="currentColor"
        strokeOpacity="0.25"
        strokeWidth="1.75"
      />
      <path
        d="M7 1.5a5.5 5.5 0 0 1 5.5 5.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
      />
    </svg>
  );
}
