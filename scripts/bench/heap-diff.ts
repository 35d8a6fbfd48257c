// node scripts/run.mjs scripts/bench/heap-diff.ts OLDER.heapsnapshot NEWER.heapsnapshot [--top 25]
// What grew between two V8 heap snapshots (as written by `npm run bench:memory -- --snapshots DIR`):
// objects grouped by type and constructor (or the first characters of a string), with their
// count and self size in each snapshot, largest growth first; then, for the groups that grew most,
// the chain of objects that keeps one of the new ones alive (closest retainer first).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "25" } },
});
if (positionals.length !== 2) throw new Error("Uso: heap-diff.ts OLDER.heapsnapshot NEWER.heapsnapshot");
const top = Number(values.top);

type Snapshot = ReturnType<typeof load>;

function load(file: string) {
  const raw = JSON.parse(readFileSync(file, "utf8")) as {
    snapshot: {
      meta: { node_fields: string[]; edge_fields: string[]; node_types: [string[]]; edge_types: [string[]] };
    };
    nodes: number[];
    edges: number[];
    strings: string[];
  };
  const meta = raw.snapshot.meta;
  const nodeWidth = meta.node_fields.length;
  const edgeWidth = meta.edge_fields.length;
  const field = (name: string) => meta.node_fields.indexOf(name);
  const [typeAt, nameAt, idAt, sizeAt, edgesAt] = ["type", "name", "id", "self_size", "edge_count"].map(field);
  const edgeTypeAt = meta.edge_fields.indexOf("type");
  const edgeNameAt = meta.edge_fields.indexOf("name_or_index");
  const edgeToAt = meta.edge_fields.indexOf("to_node");
  const count = raw.nodes.length / nodeWidth;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += raw.nodes[i * nodeWidth + edgesAt!]! * edgeWidth;
    firstEdge[i + 1] = e;
  }
  const nodeType = (i: number) => meta.node_types[0][raw.nodes[i * nodeWidth + typeAt!]!]!;
  const nodeName = (i: number) => raw.strings[raw.nodes[i * nodeWidth + nameAt!]!]!;
  const group = (i: number) => {
    const type = nodeType(i);
    const name = nodeName(i);
    if (type === "string" || type === "concatenated string" || type === "sliced string")
      return `(string) ${name.slice(0, 40).replace(/\s+/g, " ")}`;
    return `${type}: ${name.slice(0, 80)}`;
  };
  return {
    count,
    raw,
    nodeWidth,
    edgeWidth,
    firstEdge,
    group,
    nodeName,
    nodeType,
    id: (i: number) => raw.nodes[i * nodeWidth + idAt!]!,
    size: (i: number) => raw.nodes[i * nodeWidth + sizeAt!]!,
    edgeType: (e: number) => meta.edge_types[0][raw.edges[e + edgeTypeAt]!]!,
    edgeName: (e: number) => {
      const value = raw.edges[e + edgeNameAt]!;
      const type = meta.edge_types[0][raw.edges[e + edgeTypeAt]!];
      return type === "element" || type === "hidden" ? `[${value}]` : raw.strings[value]!;
    },
    edgeTo: (e: number) => raw.edges[e + edgeToAt]! / nodeWidth,
  };
}

function groups(snapshot: Snapshot) {
  const totals = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < snapshot.count; i++) {
    const key = snapshot.group(i);
    const total = totals.get(key) ?? { count: 0, size: 0 };
    total.count++;
    total.size += snapshot.size(i);
    totals.set(key, total);
  }
  return totals;
}

/** A path from a GC root to node `target`, by breadth-first search over strong edges. */
function retainerPath(snapshot: Snapshot, target: number) {
  const parent = new Int32Array(snapshot.count).fill(-1);
  const via = new Int32Array(snapshot.count).fill(-1);
  parent[0] = 0;
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    if (node === target) break;
    for (let e = snapshot.firstEdge[node]!; e < snapshot.firstEdge[node + 1]!; e += snapshot.edgeWidth) {
      if (snapshot.edgeType(e) === "weak" || snapshot.edgeType(e) === "shortcut") continue;
      const to = snapshot.edgeTo(e);
      if (parent[to] !== -1) continue;
      parent[to] = node;
      via[to] = e;
      queue.push(to);
    }
  }
  if (parent[target] === -1) return ["(no strong path from the roots)"];
  const steps: string[] = [];
  for (let node = target; node !== 0 && steps.length < 25; node = parent[node]!)
    steps.push(`${snapshot.edgeName(via[node]!)} ← ${snapshot.group(parent[node]!)}`);
  return steps;
}

const [older, newer] = positionals.map((file) => {
  const started = Date.now();
  const snapshot = load(file);
  console.log(`${file}: ${snapshot.count} objects (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return snapshot;
}) as [Snapshot, Snapshot];
const before = groups(older);
const after = groups(newer);
const rows = [...after]
  .map(([key, { count, size }]) => {
    const was = before.get(key) ?? { count: 0, size: 0 };
    return { key, count, size, dCount: count - was.count, dSize: size - was.size };
  })
  .sort((a, b) => b.dSize - a.dSize)
  .slice(0, top);
const kb = (n: number) => (n / 1024).toFixed(0).padStart(8);
const total = (snapshot: Snapshot) => {
  let sum = 0;
  for (let i = 0; i < snapshot.count; i++) sum += snapshot.size(i);
  return sum;
};
console.log(`\nself size: ${kb(total(older))} KB → ${kb(total(newer))} KB`);
console.log("  Δ KB   |  Δ count |    KB    |   count  | group");
for (const row of rows)
  console.log(
    `${kb(row.dSize)} | ${String(row.dCount).padStart(8)} | ${kb(row.size)} | ${String(row.count).padStart(8)} | ${row.key}`,
  );

// Retainers of the objects of each of the five largest groups: the newest and, when it differs,
// the oldest (an id also in the older snapshot: what survived the interval).
const oldIds = new Set<number>();
for (let i = 0; i < older.count; i++) oldIds.add(older.id(i));
for (const row of rows.slice(0, 5)) {
  const members: number[] = [];
  for (let i = 0; i < newer.count; i++) if (newer.group(i) === row.key) members.push(i);
  const fresh = members.filter((i) => !oldIds.has(newer.id(i)));
  const kept = members.filter((i) => oldIds.has(newer.id(i)));
  for (const [label, target] of [
    ["new", fresh.at(-1)],
    ["survivor", kept[0]],
  ] as const) {
    if (target === undefined) continue;
    console.log(`\nkept alive (${label}, ${newer.size(target)} bytes): ${row.key}`);
    for (const step of retainerPath(newer, target)) console.log(`  ${step.slice(0, 160)}`);
  }
}
