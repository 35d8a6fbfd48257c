import { describe, expect, it } from "vitest";
import { pageNumbers } from "@/lib/practices/page-numbers";

describe("the listing's page numbers", () => {
  it("show the first, the last and the current page with its neighbours", () => {
    expect(pageNumbers(1, 10)).toEqual([1, 2, 10]);
    expect(pageNumbers(6, 10)).toEqual([1, 5, 6, 7, 10]);
    expect(pageNumbers(10, 10)).toEqual([1, 9, 10]);
    expect(pageNumbers(1, 1)).toEqual([1]);
  });

  it("never hide a single page behind an ellipsis", () => {
    expect(pageNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageNumbers(4, 10)).toEqual([1, 2, 3, 4, 5, 10]);
    expect(pageNumbers(7, 10)).toEqual([1, 6, 7, 8, 9, 10]);
    expect(pageNumbers(5, 10)).toEqual([1, 4, 5, 6, 10]);
  });
});
