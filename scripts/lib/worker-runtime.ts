// Memory settings of every production server worker (scripts/serve.ts). The benchmark gives its
// bare Next ceiling app the same, so that the two peaks it reports compare.

/**
 * V8 flags: a bounded old generation (SERVER_HEAP_MB, default 256; 0 leaves V8's default, which
 * sizes the heap from the machine's RAM and let a worker grow past 550 MB under load) and the
 * young generation's semi-space (SERVER_SEMI_SPACE_MB, default 16: fewer objects promoted under
 * load; the peak with 8 was within the runs' noise, BENCHMARKS.md).
 */
export function workerHeapFlags(): string[] {
  const heapMb = Number(process.env.SERVER_HEAP_MB ?? 256);
  const semiSpaceMb = Number(process.env.SERVER_SEMI_SPACE_MB) || 16;
  return heapMb > 0 ? [`--max-old-space-size=${heapMb}`, `--max-semi-space-size=${semiSpaceMb}`] : [];
}

/** glibc's malloc arenas: two rather than eight per core, which kept native memory from fragmenting. */
export function workerMallocEnv() {
  return { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" };
}
