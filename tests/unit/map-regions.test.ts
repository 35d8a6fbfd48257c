import { describe, expect, it } from "vitest";
import { legendItems } from "@/components/map/italy-map";
import { REGION_SHAPES } from "@/components/map/italy-regions";

describe("map of the regions", () => {
  it("has one outline for each of the 20 regions, by ISTAT code", () => {
    expect(REGION_SHAPES.map((shape) => shape.regionId).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    for (const shape of REGION_SHAPES) expect(shape.path).toMatch(/^m\s/i);
  });

  it("labels each colour with the counts it stands for, without gaps or overlaps", () => {
    for (const max of [1, 2, 3, 7, 12, 40]) {
      const classes = legendItems(max, true)
        .slice(1)
        .map((item) => item.label.split("–").map(Number));
      const covered = classes.flatMap(([low = 0, high = low]) =>
        Array.from({ length: high - low + 1 }, (_, i) => low + i),
      );
      expect(covered).toEqual(Array.from({ length: max }, (_, i) => i + 1));
    }
    expect(legendItems(5, true)[0]).toMatchObject({ label: "nessuna pratica", pattern: true });
    expect(legendItems(5, false)[0]).toMatchObject({ label: "0", pattern: false });
  });
});
