// The three kinds of link, drawn apart: `drives` solid grey (the tree itself),
// `impacts` dashed and curved in the colour of the KPI it moves (and, past the
// palette's colours, in that KPI's dashes, as the core says), as wide as it is
// strong, `guards` dotted dark red. The group carries the test hook
// `link-KIND-FROM-TO` and a tooltip naming both ends.
//
// A link follows the core's route (the path the SVG export draws) while both its
// nodes stand where the route was made for; while they move (a drag, an animation)
// or when there is no route, it takes React Flow's path between the handles:
// smooth steps for `drives`, a curve for the others.
//
// The link's invisible click target is drawn here rather than by React Flow: its
// width follows the zoom (zoom.ts `linkHitWidth`: at least 12 screen px), and its
// box is grown by half that width. WebKit takes a click on a path's stroke only
// inside the path's own box (not grown by the stroke): the box of a vertical or
// horizontal link has no width (or height), and a click beside it fell through.

import {
  BaseEdge,
  getBezierPath,
  getSmoothStepPath,
  useInternalNode,
  useStore,
} from "@xyflow/react";
import type { EdgeProps, EdgeTypes } from "@xyflow/react";

import type { LinkKind, Position } from "../../ipc/api";
import { linkId } from "../flow";
import type { LinkEdgeData, LinkFlowEdge } from "../flow";
import { splinePath } from "../route";
import { linkHitWidth } from "../zoom";

/**
 * `path` with square caps of side `width` on both ends (as short crossing strokes),
 * which grow the path's box by half `width` around its ends (see the header).
 */
export function hitPath(path: string, width: number): string {
  const numbers = path.match(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi)?.map(Number) ?? [];
  if (numbers.length < 4) return path;
  const half = width / 2;
  const cap = (x: number | undefined, y: number | undefined) =>
    x === undefined || y === undefined
      ? ""
      : ` M ${x - half} ${y} h ${width} M ${x} ${y - half} v ${width}`;
  return `${path}${cap(numbers[0], numbers[1])}${cap(numbers.at(-2), numbers.at(-1))}`;
}

/** Corner radius of smooth-step paths. */
const CORNER_RADIUS = 10;

const DASH: Readonly<Record<LinkKind, string | undefined>> = {
  drives: undefined,
  impacts: "7 5",
  guards: "1.5 4.5",
};

export function describeLink(data: LinkEdgeData): string {
  const { link, fromName, toName } = data;
  const strength = link.kind === "impacts" && link.strength !== null ? `, ${link.strength}` : "";
  const note = link.note !== null && link.note !== "" ? `\n${link.note}` : "";
  return `${fromName} ${link.kind} ${toName}${strength}${note}`;
}

function samePosition(a: Position | undefined, b: Position): boolean {
  return a !== undefined && a.x === b.x && a.y === b.y;
}

export function LinkEdge(props: EdgeProps<LinkFlowEdge>) {
  const { id, data, source, target } = props;
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  // Changes in steps: a link is drawn again only when the zoom crosses one.
  const hitWidth = useStore((state) => linkHitWidth(state.transform[2]));
  if (data === undefined) return null;
  const kind = data.link.kind;
  const geometry = { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition };
  const route = data.route;
  const routed =
    route !== null &&
    samePosition(sourceNode?.position, route.source) &&
    samePosition(targetNode?.position, route.target);
  let path: string;
  if (routed) path = splinePath(route.points);
  else if (kind === "drives")
    [path] = getSmoothStepPath({ ...geometry, borderRadius: CORNER_RADIUS });
  else [path] = getBezierPath({ ...geometry, curvature: 0.35 });

  return (
    <g
      data-testid={`link-${linkId(data.link)}`}
      data-routed={routed || undefined}
      className={`kt-link kt-link--${kind}${data.mark != null ? ` kt-link--diff-${data.mark}` : ""}`}
    >
      <title>{describeLink(data)}</title>
      {data.mark != null && data.mark !== "removed" && (
        <path d={path} fill="none" className="kt-link__diff-halo" strokeWidth={data.width + 6} />
      )}
      <BaseEdge
        id={id}
        path={path}
        markerStart={props.markerStart}
        interactionWidth={0}
        style={{
          stroke: data.color,
          strokeWidth: data.width,
          strokeDasharray: data.mark === "removed" ? "4 4" : (data.dash ?? DASH[kind]),
          strokeLinecap: kind === "guards" ? "round" : "butt",
        }}
      />
      <path
        d={hitPath(path, hitWidth)}
        fill="none"
        strokeOpacity={0}
        strokeWidth={hitWidth}
        className="react-flow__edge-interaction"
      />
    </g>
  );
}

/** Stable (module-level), as React Flow requires. */
export const edgeTypes: EdgeTypes = {
  drives: LinkEdge,
  impacts: LinkEdge,
  guards: LinkEdge,
};
