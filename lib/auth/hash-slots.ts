// Password hashing (scrypt, 128 MiB and ~0.3 s each) runs on libuv's four threads, which the
// rest of the server shares. Unbounded, a burst of sign-ins with made-up e-mails took every
// thread and both cores, and every other request waited seconds. At most one hash runs per
// process; a few more wait their turn, and beyond that a sign-in is told to retry at once.

const MAX_RUNNING = 1;
const MAX_WAITING = 16;

let running = 0;
const waiting: (() => void)[] = [];

/** The server is hashing as much as it allows: retry in a few seconds. */
export class HashingBusyError extends Error {}

export async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running < MAX_RUNNING) running++;
  else if (waiting.length >= MAX_WAITING) throw new HashingBusyError("Too many password hashes waiting");
  else await new Promise<void>((resolve) => waiting.push(resolve)); // the slot is handed over as it is
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}
