// Called once when a server process starts (Next's instrumentation hook).
export async function register() {
  // NEXT_RUNTIME is set by Next itself, not configuration: the Node server only, not the edge.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startHousekeeping } = await import("@/lib/housekeeping-schedule");
    startHousekeeping();
    const { startScheduledPublishing } = await import("@/lib/publish-schedule");
    startScheduledPublishing();
  }
}
