"use client";

import dynamic from "next/dynamic";

export type { DrawnRegion } from "@/components/map/italy-map-svg";

/**
 * The map, drawn on the client side of the payload: the region outlines (47 KB) then come once in
 * a cached script rather than in each page's payload beside the same outlines in its markup. In a
 * chunk of its own, fetched only by pages that show a map (a sheet without replications has none).
 * Rendered on the server as well, so the map and its links need no script.
 */
export const ItalyMapView = dynamic(() =>
  import("@/components/map/italy-map-svg").then((module) => module.ItalyMapSvg),
);
