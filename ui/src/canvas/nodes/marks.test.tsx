import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { NODE_LOOKS } from "../../model/looks.generated";
import { KindMark, KindSwatch } from "./marks";

describe("marks", () => {
  it("draw the core's shapes at the size they have on a card", () => {
    const { container } = render(<KindMark kind="north_star" />);
    const svg = container.querySelector("svg.kt-mark");
    expect(svg).toHaveAttribute("width", "15");
    expect(svg).toHaveAttribute("viewBox", "0 0 24 24");
    const star = NODE_LOOKS.north_star.mark.parts[0].shape;
    expect(container.querySelector("path")).toHaveAttribute("d", star.d);
    expect(container.querySelector("path")).toHaveAttribute("fill", "currentColor");
  });

  it("outline the initiative and keep the shield's own white", () => {
    const initiative = render(<KindMark kind="initiative" />).container;
    const rect = initiative.querySelector("rect");
    expect(rect).toHaveAttribute("fill", "none");
    expect(rect).toHaveAttribute("stroke", "currentColor");
    expect(rect).toHaveAttribute("stroke-dasharray", "2.2 1.6");
    const shield = render(<KindMark kind="health_metric" />).container;
    const paths = shield.querySelectorAll("path");
    expect(paths).toHaveLength(2);
    expect(paths[1]).toHaveAttribute("fill", "#ffffff");
  });

  it("draw swatches 2 px larger for the star and the shield", () => {
    const size = (kind: "north_star" | "business_kpi") =>
      render(<KindSwatch kind={kind} size={12} />)
        .container.querySelector("svg")
        ?.getAttribute("width");
    expect(size("north_star")).toBe("14");
    expect(size("business_kpi")).toBe("12");
  });
});
