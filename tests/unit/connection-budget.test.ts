import { describe, expect, it } from "vitest";
import { checkConnectionBudget, connectionsPerWorker } from "@/lib/server/connection-budget";

// PostgreSQL's default: 100 connections, 3 reserved to superusers.
const DEFAULT_SERVER = { maxConnections: 100, reserved: 3, inUse: 1 };

describe("connections per worker × workers", () => {
  it("counts the app pool, the proxy's pool, the search pool, the cache's NOTIFY and LISTEN connections and the probe", () => {
    expect(connectionsPerWorker(5)).toBe(14);
  });

  it("fit: 6 workers of 14 on a default server", () => {
    expect(checkConnectionBudget(6, 5, DEFAULT_SERVER)).toBeNull();
  });

  it("refuse when this instance alone exceeds max_connections minus the reserved ones", () => {
    const problem = checkConnectionBudget(7, 5, DEFAULT_SERVER);
    expect(problem?.refuse).toBe(true);
    expect(problem?.message).toContain("7 processi × 14 connessioni");
    expect(problem?.message).toContain("= 98, oltre le 97 che il server concede");
    expect(problem?.message).toContain("WEB_CONCURRENCY o DATABASE_POOL_SIZE");
  });

  it("warn, without refusing, when they fit alone but not beside the connections other clients hold", () => {
    const problem = checkConnectionBudget(6, 5, { ...DEFAULT_SERVER, inUse: 20 });
    expect(problem?.refuse).toBe(false);
    expect(problem?.message).toContain("con le 19 già aperte da altri");
  });
});
