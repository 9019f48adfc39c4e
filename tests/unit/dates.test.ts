import { describe, expect, it } from "vitest";
import { formatDate, isoDay } from "../../src/lib/dates";

describe("formatDate", () => {
  it("shows the calendar day as written, whatever the machine's time zone", () => {
    const day = new Date(Date.UTC(2025, 0, 20));
    expect(formatDate(day, "en")).toBe("January 20, 2025");
    expect(isoDay(day)).toBe("2025-01-20");
  });
});
