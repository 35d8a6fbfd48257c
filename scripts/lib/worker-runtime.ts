// Memory settings of every production server worker (scripts/serve.ts). The benchmark gives its
// bare Next ceiling apps the heap and malloc settings, so that the peaks it reports compare, but not
// the compiler flag: that would lower the ceilings' throughput too. Measured in BENCHMARKS.md
// (*Fifth pass*): together with Prisma's small query compiler they lowered a worker's peak under
// the benchmark's load by about 60 MB, for about 15 % of the uncached listing's throughput.

/**
 * V8 heap flags, accepted in NODE_OPTIONS too: a bounded old generation (SERVER_HEAP_MB, default
 * 256; 0 leaves V8's default, which sizes the heap from the machine's RAM and let a worker grow past
 * 550 MB under load) and the young generation's semi-space (SERVER_SEMI_SPACE_MB, default 8; at
 * 16 a worker holds 16 MB more under load, for no throughput gain out of the runs' noise).
 */
export function workerHeapFlags(): string[] {
  const heapMb = Number(process.env.SERVER_HEAP_MB ?? 256);
  const semiSpaceMb = Number(process.env.SERVER_SEMI_SPACE_MB) || 8;
  return heapMb > 0 ? [`--max-old-space-size=${heapMb}`, `--max-semi-space-size=${semiSpaceMb}`] : [];
}

/**
 * V8 compiler flags, for the command line only (Node refuses them in NODE_OPTIONS): without
 * Maglev, V8's middle optimising tier, a worker keeps less compiled code and its compilations
 * stop leaving 30–60 MB of freed compiler memory that glibc does not give back. SERVER_MAGLEV=1
 * keeps it, for throughput on a machine with memory to spare.
 */
export function workerJitFlags(): string[] {
  return process.env.SERVER_MAGLEV === "1" ? [] : ["--no-maglev"];
}

/** glibc's malloc arenas: two rather than eight per core, which kept native memory from fragmenting. */
export function workerMallocEnv() {
  return { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" };
}
