import { describe, expect, it } from "vitest";
import { formatDate, formatMoney } from "./format";

describe("formatMoney", () => {
  it("formats euros with two decimals", () => {
    expect(formatMoney(1234.5)).toBe("€1,234.50");
  });
});

describe("formatDate", () => {
  it("shows a dash for invalid timestamps", () => {
    expect(formatDate("not a date")).toBe("—");
  });
});
