import { describe, expect, it } from "vitest";

import { faceMetrics, ziraView } from "../test/fixtures";
import { cssFontFamily, faceCard, faceMetricsStyle, hasRow, isMetricKind } from "./face";

describe("faceCard", () => {
  it("is exactly the face's size, whatever the rows add up to", () => {
    const card = faceCard(
      { width: 220, height: 300, name_lines: ["A"] },
      faceMetrics,
      "initiative",
      false,
    );
    expect(card.style).toEqual({ width: "220px", height: "300px" });
    expect(card).toMatchObject({ width: 220, height: 300, contentHeight: 58 });
  });

  it("lays out header, name lines, value and target rows with the metrics", () => {
    const card = faceCard(
      { width: 220, height: 126, name_lines: ["Net new", "customers"] },
      faceMetrics,
      "business_kpi",
      true,
    );
    expect(card.rows).toEqual([
      { kind: "header", top: 10, height: 14 },
      { kind: "name", top: 30, height: 36 },
      { kind: "value", top: 72, height: 24 },
      { kind: "target", top: 102, height: 14 },
    ]);
    expect(card.contentHeight).toBe(126);
    expect(card.nameLines).toEqual(["Net new", "customers"]);
  });

  it("gives the North Star its own name and value sizes", () => {
    const card = faceCard(
      { width: 260, height: 96, name_lines: ["ARR"] },
      faceMetrics,
      "north_star",
      false,
    );
    expect(card.rows).toEqual([
      { kind: "header", top: 10, height: 14 },
      { kind: "name", top: 30, height: 22 },
      { kind: "value", top: 58, height: 30 },
    ]);
    expect(card.contentHeight).toBe(98);
  });

  it("has a value row for metric kinds only, a target row only with a target", () => {
    const face = { width: 220, height: 58, name_lines: ["X"] };
    expect(hasRow(faceCard(face, faceMetrics, "strategic_intent", false), "value")).toBe(false);
    expect(hasRow(faceCard(face, faceMetrics, "initiative", true), "value")).toBe(false);
    expect(hasRow(faceCard(face, faceMetrics, "initiative", true), "target")).toBe(true);
    expect(hasRow(faceCard(face, faceMetrics, "health_metric", false), "value")).toBe(true);
    expect(hasRow(faceCard(face, faceMetrics, "health_metric", false), "target")).toBe(false);
    expect(
      ["north_star", "business_kpi", "product_metric", "health_metric"].every((k) =>
        isMetricKind(k as "north_star"),
      ),
    ).toBe(true);
  });

  it("agrees with the faces of the sample tree", () => {
    for (const node of ziraView.tree.nodes) {
      const face = ziraView.faces[node.id];
      if (face === undefined) throw new Error(`no face for ${node.id}`);
      const card = faceCard(face, faceMetrics, node.kind, node.target !== null);
      expect(card.contentHeight, node.id).toBe(face.height);
    }
  });
});

describe("faceMetricsStyle", () => {
  it("sets every size as a custom property in px, and the font family", () => {
    const style = faceMetricsStyle(faceMetrics);
    expect(style).toMatchObject({
      "--kt-face-padding-x": "12px",
      "--kt-face-padding-y": "10px",
      "--kt-face-header-height": "14px",
      "--kt-face-gap": "6px",
      "--kt-face-name-font-size": "14px",
      "--kt-face-name-line-height": "18px",
      "--kt-face-ns-name-font-size": "17px",
      "--kt-face-ns-name-line-height": "22px",
      "--kt-face-value-row-height": "24px",
      "--kt-face-ns-value-row-height": "30px",
      "--kt-face-target-row-height": "14px",
    });
    expect(style["--kt-face-font-family"]).toMatch(/^"Inter", /);
  });

  it("keeps a hostile family name from breaking out of its string", () => {
    expect(cssFontFamily('Inter"; background: url(x)')).toMatch(/^"Inter background urlx", /);
    expect(cssFontFamily("")).toMatch(/^"Inter", /);
  });
});
