import { readFileSync } from "node:fs";

/** The server's primary process (scripts/test-faults.ts starts it). */
export const serverPrimary = Number(process.env.FAULTS_SERVER_PID);

/** The server's worker processes (children of the cluster's primary). */
export function serverWorkers(): number[] {
  const children = readFileSync(`/proc/${serverPrimary}/task/${serverPrimary}/children`, "utf8").trim();
  return children ? children.split(/\s+/).map(Number) : [];
}
