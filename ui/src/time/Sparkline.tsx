// A node's values over time as a small line (SPEC 8): the periods left to right,
// scaled to the node's own lowest and highest value; a period without a value is a
// gap in the line; the period shown is a dot.

/**
 * Where `values` go in a `width` × `height` box: x by index, y scaled to their own
 * lowest and highest (a flat series in the middle); `null` for fewer than two values.
 */
function sparkScale(
  values: readonly (number | null)[],
  width: number,
  height: number,
): { readonly x: (index: number) => number; readonly y: (value: number) => number } | null {
  const present = values.filter((value): value is number => value !== null);
  if (present.length < 2) return null;
  const low = Math.min(...present);
  const span = Math.max(...present) - low;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return {
    x: (index) => index * step,
    y: (value) => (span === 0 ? height / 2 : height - 1 - ((value - low) / span) * (height - 2)),
  };
}

/** The points of each unbroken run of values, in a `width` × `height` box. */
export function sparkRuns(
  values: readonly (number | null)[],
  width: number,
  height: number,
): string[] {
  const scale = sparkScale(values, width, height);
  if (scale === null) return [];
  const runs: string[] = [];
  let run: string[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (run.length > 1) runs.push(run.join(" "));
      run = [];
      return;
    }
    run.push(`${scale.x(index).toFixed(1)},${scale.y(value).toFixed(1)}`);
  });
  if (run.length > 1) runs.push(run.join(" "));
  return runs;
}

interface SparklineProps {
  readonly values: readonly (number | null)[];
  /** The index of the period shown, marked with a dot. */
  readonly at: number;
  readonly width?: number;
  readonly height?: number;
}

export function Sparkline({ values, at, width = 44, height = 14 }: SparklineProps) {
  const runs = sparkRuns(values, width, height);
  const scale = sparkScale(values, width, height);
  if (runs.length === 0 || scale === null) return null;
  const shown = values[at];
  return (
    <svg
      className="kt-spark"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
    >
      {runs.map((points) => (
        <polyline key={points} points={points} />
      ))}
      {shown !== null && shown !== undefined && (
        <circle cx={scale.x(at)} cy={scale.y(shown)} r={1.8} />
      )}
    </svg>
  );
}
