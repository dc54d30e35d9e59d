import { describe, expect, it } from "vitest";

import { formatDate, formatNumber, formatValue, plural } from "./format";

describe("formatNumber", () => {
  it.each([
    [0, "0"],
    [7, "7"],
    [3.456, "3.46"],
    [45, "45"],
    [12.34, "12.3"],
    [999, "999"],
    [1000, "1K"],
    [1234, "1.2K"],
    [12_345, "12.3K"],
    [150_000, "150K"],
    [999_999, "1M"],
    [1_200_000, "1.2M"],
    [2_500_000_000, "2.5B"],
    [0.004, "0.004"],
    [-800, "-800"],
    [-1_200_000, "-1.2M"],
  ])("%d → %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it("shows a dash for what is not a number", () => {
    expect(formatNumber(Number.NaN)).toBe("—");
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("—");
  });
});

describe("formatValue", () => {
  it("puts currency symbols first", () => {
    expect(formatValue(1_200_000, "EUR")).toBe("€1.2M");
    expect(formatValue(1_200_000, "€")).toBe("€1.2M");
    expect(formatValue(45_000, "USD")).toBe("$45K");
    expect(formatValue(-2000, "GBP")).toBe("-£2K");
  });

  it("writes percent tight and other units after a space", () => {
    expect(formatValue(45, "%")).toBe("45%");
    expect(formatValue(12.5, "%")).toBe("12.5%");
    expect(formatValue(1200, "seats")).toBe("1.2K\u00a0seats");
    expect(formatValue(4.1, "/5")).toBe("4.1/5");
  });

  it("writes a bare number without unit and a dash without value", () => {
    expect(formatValue(400, null)).toBe("400");
    expect(formatValue(400, "  ")).toBe("400");
    expect(formatValue(null, "EUR")).toBe("—");
  });
});

describe("formatDate", () => {
  it("writes a calendar date in words", () => {
    expect(formatDate("2027-06-30")).toBe("30 Jun 2027");
    expect(formatDate("2024-01-05")).toBe("5 Jan 2024");
  });

  it("leaves anything else as it is", () => {
    expect(formatDate("soon")).toBe("soon");
    expect(formatDate("2027-13-01")).toBe("2027-13-01");
  });
});

describe("plural", () => {
  it("counts", () => {
    expect(plural(1, "node")).toBe("1 node");
    expect(plural(0, "node")).toBe("0 nodes");
    expect(plural(12, "node")).toBe("12 nodes");
  });
});
