"use client";

import { useEffect } from "react";
import { rememberListing } from "@/components/compare/last-listing";

/** Keeps the listing's address, filters and compare selection included, for the sheets opened from it. */
export function RememberListing({ href }: { href: string }) {
  useEffect(() => rememberListing(href), [href]);
  return null;
}
