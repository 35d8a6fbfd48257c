import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False on the server and while React hydrates the page, true once it has. */
export function useHydrated() {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
