import { describe, expect, it } from "vitest";
import { boundedRowIds, isRowId } from "@/lib/row-ids";

// What a cached read accepts as ids when it is called as an action with any value.

describe("row ids of a cached read's argument", () => {
  it("accepts positive safe integers only", () => {
    expect([1, 42, 0, -3, 1.5, Number.MAX_SAFE_INTEGER + 1, "7", null].map(isRowId)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("keeps the valid ids of a list, in order, up to the bound; anything else is no ids", () => {
    expect(boundedRowIds([3, "x", 1, -1, 2, 5], 3)).toEqual([3, 1, 2]);
    expect(boundedRowIds("1,2", 10)).toEqual([]);
    expect(boundedRowIds({ length: 2, 0: 1, 1: 2 }, 10)).toEqual([]);
  });
});
