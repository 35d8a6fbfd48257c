import net from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The proxy's database gate against real sockets: a server that accepts connections and never
// answers (a database too busy to start a connection in time), then nothing at all on that port.

const silent = net.createServer(() => {});
const held: net.Socket[] = [];
silent.on("connection", (socket) => held.push(socket));
let databaseAvailable: () => Promise<boolean>;
const resetGate = () => delete (globalThis as { databaseGate?: unknown }).databaseGate;

beforeAll(async () => {
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const { port } = silent.address() as net.AddressInfo;
  vi.stubEnv("DATABASE_URL", `postgresql://gate:gate@127.0.0.1:${port}/gate`);
  resetGate();
  ({ databaseAvailable } = await import("@/lib/database-gate"));
});

afterAll(() => {
  for (const socket of held) socket.destroy();
  silent.close();
  resetGate();
  vi.unstubAllEnvs();
});

describe("database gate", () => {
  it("takes two probes that run out of time in a row to answer 503", async () => {
    expect(await databaseAvailable()).toBe(true);
    expect(await databaseAvailable()).toBe(false);
    expect(held).toHaveLength(2);
    // Remembered as down for a moment: answered without a new probe.
    expect(await databaseAvailable()).toBe(false);
    expect(held).toHaveLength(2);
  });

  it("answers 503 at the first refused connection", async () => {
    for (const socket of held) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    resetGate();
    expect(await databaseAvailable()).toBe(false);
  });
});
