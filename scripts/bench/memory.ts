import { existsSync, readdirSync, readFileSync } from "node:fs";

// Peak resident memory of process trees, sampled from /proc (Linux). VmHWM is the kernel's own
// peak for a process; the sampled sum covers a tree (Next's workers, Postgres backends).

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  return map;
}

export function processTree(root: number) {
  const map = children();
  const pids = [root];
  for (const pid of pids) pids.push(...(map.get(pid) ?? [])); // the iterator also visits the pushed ones
  return pids;
}

function statusField(pid: number, field: string) {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export class MemorySampler {
  private peaks = new Map<string, number>();
  private processPeaks = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  constructor(private roots: () => Record<string, number | undefined>) {}

  start(intervalMs = 200) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    return this;
  }

  sample() {
    for (const [name, root] of Object.entries(this.roots())) {
      if (!root) continue;
      let sum = 0;
      for (const pid of processTree(root)) {
        sum += statusField(pid, "VmRSS");
        this.processPeaks.set(name, Math.max(this.processPeaks.get(name) ?? 0, statusField(pid, "VmHWM")));
      }
      this.peaks.set(name, Math.max(this.peaks.get(name) ?? 0, sum));
    }
  }

  stop() {
    clearInterval(this.timer);
    this.sample();
  }

  /** Largest peak of any single process in a tree (VmHWM), and the sampled peak of the tree's sum. */
  report(name: string) {
    return { treePeak: this.peaks.get(name) ?? 0, processPeak: this.processPeaks.get(name) ?? 0 };
  }
}

/** The postmaster of an embedded cluster, from its data directory. */
export function postmasterPid(dataDir: string) {
  const file = `${dataDir}/postmaster.pid`;
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : undefined;
}
