import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link that prefetches when the reader reaches for it — pointer over it, finger on it,
 * keyboard focus (components/layout/prefetch-on-intent.tsx) — rather than as soon as it scrolls
 * into view. Viewport prefetching fetched every visible link's route after hydration, about ten
 * requests per page view, and decoding them was a run of main-thread tasks right when a phone is
 * busiest (BENCHMARKS.md, fourteenth pass). `prefetch={false}` opts a link out altogether.
 */
export function Link({ prefetch, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink {...props} prefetch={false} data-prefetch={prefetch === false ? undefined : "intent"} />;
}
