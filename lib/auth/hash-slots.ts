// Password hashing (scrypt, 128 MiB and ~0.3 s each) runs on libuv's four threads, which the
// rest of the server shares. Unbounded, a burst of sign-ins with made-up e-mails took every
// thread and both cores, and every other request waited seconds. At most one hash runs per
// process; a few more wait their turn, and beyond that a sign-in is told to retry at once.

const MAX_RUNNING = 1;
const MAX_WAITING = 16;

// On globalThis: the bundler may give each route its own copy of this module, and the cap is
// for the whole process.
const slots = ((
  globalThis as unknown as { passwordHashSlots?: { running: number; waiting: (() => void)[] } }
).passwordHashSlots ??= { running: 0, waiting: [] });

/** The server is hashing as much as it allows: retry in a few seconds. */
export class HashingBusyError extends Error {}

/**
 * Runs `work` in a slot. `first`: a sign-in from a browser known to the account (its device
 * token) waits ahead of the others, and is never refused for the queue's length — made-up
 * e-mails sent by the dozen do not keep the owner out.
 */
export async function withHashSlot<T>(work: () => Promise<T>, { first = false } = {}): Promise<T> {
  if (slots.running < MAX_RUNNING) slots.running++;
  else if (first) await new Promise<void>((resolve) => slots.waiting.unshift(resolve));
  else if (slots.waiting.length >= MAX_WAITING) throw new HashingBusyError("Too many password hashes waiting");
  else await new Promise<void>((resolve) => slots.waiting.push(resolve)); // the slot is handed over as it is
  try {
    return await work();
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else slots.running--;
  }
}
