import type { APIRequestContext } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";

// The build's own manifests list every page, route handler and server action, so the
// authorization test covers what exists, not a hand-kept list that could fall behind.

const distDir = () => path.resolve(process.env.NEXT_DIST_DIR ?? ".next");

/** "app/admin/(area)/pratiche/[id]/page" → "/admin/pratiche/1" */
export function urlOf(entry: string) {
  const url = entry
    .replace(/^app/, "")
    .replace(/\/(page|route)$/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\[\[?\.{0,3}[^\]]+\]?\]/g, "1");
  return url === "" ? "/" : url;
}

function appEntries() {
  const manifest = JSON.parse(readFileSync(path.join(distDir(), "server/app-paths-manifest.json"), "utf8")) as Record<
    string,
    string
  >;
  return Object.keys(manifest).map((key) => `app${key}`);
}

/** Every page route, as written in app/ without route groups: "/admin/pratiche/[id]". */
export function appPages() {
  return appEntries()
    .filter((entry) => entry.endsWith("/page") && !entry.includes("/_"))
    .map(
      (entry) =>
        entry
          .replace(/^app/, "")
          .replace(/\/page$/, "")
          .replace(/\/\([^)]+\)/g, "") || "/",
    )
    .sort();
}

export function adminRoutes() {
  const entries = appEntries();
  const admin = entries.filter((entry) => urlOf(entry).startsWith("/admin") || urlOf(entry).startsWith("/api/admin"));
  return {
    pages: admin.filter((entry) => entry.endsWith("/page")).map(urlOf),
    handlers: admin.filter((entry) => entry.endsWith("/route")).map(urlOf),
  };
}

/** pageUrl: a page that can run it (route handlers run no actions), else the first worker's address. */
export type ServerAction = { id: string; file: string; name: string; pageUrl: string; onPage: boolean };

function serverReferences(): ServerAction[] {
  const manifest = JSON.parse(readFileSync(path.join(distDir(), "server/server-reference-manifest.json"), "utf8"));
  return Object.entries(
    manifest.node as Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>,
  ).map(([id, action]) => ({
    id,
    file: action.filename,
    name: action.exportedName,
    pageUrl: urlOf(pageOf(Object.keys(action.workers))),
    onPage: Object.keys(action.workers).some((worker) => worker.endsWith("/page")),
  }));
}

/** A page that can run the action: one without parameters if there is one. */
const pageOf = (workers: string[]) =>
  workers.find((worker) => worker.endsWith("/page") && !worker.includes("[")) ??
  workers.find((worker) => worker.endsWith("/page")) ??
  workers[0] ??
  "";

const isCachedFunction = (reference: ServerAction) => reference.name.startsWith("$$RSC_SERVER_CACHE");

export function serverActions(): ServerAction[] {
  return serverReferences().filter((reference) => !isCachedFunction(reference));
}

/** The 'use cache' functions, which Next registers as server actions too. */
export function cachedFunctions(): ServerAction[] {
  return serverReferences().filter(isCachedFunction);
}

/** Posts a server action (or a cached function) as React's client would: the id and a body of arguments. */
export function postAction(
  request: APIRequestContext,
  action: ServerAction,
  origin: string,
  body: string,
  type = "text/plain;charset=UTF-8",
) {
  return request.post(action.pageUrl, {
    headers: { "Next-Action": action.id, Origin: origin, Accept: "text/x-component", "Content-Type": type },
    data: body,
    maxRedirects: 0,
  });
}
