import { NextResponse } from "next/server";

// Does nothing: what any proxy costs a request, before the work of the site's own (proxy.ts).
export function proxy() {
  return NextResponse.next();
}
