// A node's values over time as a small line (SPEC 8): the periods left to right,
// scaled to the node's own lowest and highest value; a period without a value is a
// gap in the line; the period shown is a dot.

/** The points of each unbroken run of values, in a `width` × `height` box. */
export function sparkRuns(
  values: readonly (number | null)[],
  width: number,
  height: number,
): string[] {
  const present = values.filter((value): value is number => value !== null);
  if (present.length < 2) return [];
  const low = Math.min(...present);
  const high = Math.max(...present);
  const span = high - low;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (value: number) =>
    span === 0 ? height / 2 : height - 1 - ((value - low) / span) * (height - 2);
  const runs: string[] = [];
  let run: string[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (run.length > 1) runs.push(run.join(" "));
      run = [];
      return;
    }
    run.push(`${(index * step).toFixed(1)},${y(value).toFixed(1)}`);
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
  if (runs.length === 0) return null;
  const present = values.filter((value): value is number => value !== null);
  const low = Math.min(...present);
  const span = Math.max(...present) - low;
  const shown = values[at];
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const dotY =
    shown === null || shown === undefined
      ? null
      : span === 0
        ? height / 2
        : height - 1 - ((shown - low) / span) * (height - 2);
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
      {dotY !== null && <circle cx={at * step} cy={dotY} r={1.8} />}
    </svg>
  );
}
