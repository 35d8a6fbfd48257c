import { readFileSync } from "node:fs";

const primary = Number(process.env.FAULTS_SERVER_PID);

/** The server's primary process (scripts/test-faults.ts starts it). */
export const serverPrimary = primary;

/** The server's worker processes (children of the cluster's primary). */
export function serverWorkers(): number[] {
  const children = readFileSync(`/proc/${primary}/task/${primary}/children`, "utf8").trim();
  return children ? children.split(/\s+/).map(Number) : [];
}
