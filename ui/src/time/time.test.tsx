// Time on the tree (SPEC 8): period labels, change texts, sparkline points, and the
// period bar of a tree with history through the whole window (mockIPC for Rust).

import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { openZira, sent } from "../app/library-test-helpers";
import type { TimeView, TreeView } from "../ipc/api";
import { backend } from "../test/backend";
import { ziraView } from "../test/fixtures";
import { changeText, compareOf, periodLabel } from "./periods";
import { sparkRuns } from "./Sparkline";

describe("periods and changes as they read", () => {
  it("says a period as the core labels it, or as it is when the core gave no label", () => {
    const time = { labels: { "2026-11": "Nov 2026" } } as unknown as TimeView;
    expect(periodLabel(time, "2026-11")).toBe("Nov 2026");
    expect(periodLabel(time, "2026-Q2")).toBe("2026-Q2");
  });

  it("gives a change as a signed percentage, or an amount where the base is 0", () => {
    const change = { before: 400, change: 16.8, ratio: 0.042, good: true };
    expect(changeText(change, null)).toBe("+4.2 %");
    expect(changeText({ ...change, change: -60, ratio: -0.15 }, null)).toBe("−15 %");
    expect(changeText({ before: 0, change: 1200, ratio: null, good: null }, "EUR")).toMatch(
      /^\+.*1[,.]?2/,
    );
    expect(changeText({ ...change, change: 0, ratio: 0 }, null)).toBeNull();
  });

  it("reads a comparison back from its menu value", () => {
    expect(compareOf("previous")).toBe("previous");
    expect(compareOf("2025-11")).toEqual({ period: "2025-11" });
  });

  it("draws a sparkline with a gap where a period has no value", () => {
    expect(sparkRuns([1, 2, null, 3, 4], 40, 10)).toHaveLength(2);
    expect(sparkRuns([5], 40, 10)).toEqual([]);
    const [flat] = sparkRuns([2, 2, 2], 40, 10);
    expect(flat).toBe("0.0,5.0 20.0,5.0 40.0,5.0");
  });
});

const time: TimeView = {
  periods: ["2026-09", "2026-10", "2026-11"],
  labels: { "2026-09": "Sep 2026", "2026-10": "Oct 2026", "2026-11": "Nov 2026" },
  period: "2026-11",
  compare: "2026-10",
  choice: { period: null, compare: "previous" },
  changes: { churned: { before: 60, change: -6, ratio: -0.1, good: true } },
  sparklines: { churned: [66, 60, 54] },
};

describe("a tree with history", () => {
  it("shows the period bar and a card's change, and sends the period picked", async () => {
    const withTime: TreeView = { ...ziraView, time };
    backend(
      {
        open_tree: () => withTime,
        choose_time: (_cmd, args) => ({
          ...withTime,
          time: { ...time, period: "2026-09", choice: args.choice as TimeView["choice"] },
        }),
      },
      [withTime],
    );
    await openZira();
    const period = screen.getByTestId("time-period");
    expect(period).toHaveDisplayValue("Latest (Nov 2026)");
    expect(screen.getByTestId("node-change-churned")).toHaveTextContent("▼ −10 %");
    expect(screen.getByTestId("node-time-churned")).toHaveClass("is-good");

    fireEvent.change(period, { target: { value: "2026-09" } });
    await waitFor(() =>
      expect(sent("choose_time")).toEqual([
        { treeId: 1, choice: { period: "2026-09", compare: "previous" } },
      ]),
    );
    await waitFor(() => expect(screen.getByTestId("time-period")).toHaveDisplayValue("Sep 2026"));
  });

  it("shows no period bar for a tree without history", async () => {
    backend();
    await openZira();
    expect(screen.queryByTestId("time-bar")).toBeNull();
  });
});
