import { useEffect, useRef, type RefObject } from "react";

const LEAVE_MESSAGE = "Hai modifiche non salvate in questa scheda. Uscire comunque?";
/** Clicks whose leaving was already accepted: a page with two changed forms asks once. */
const accepted = new WeakSet<Event>();

/**
 * While `dirty`, leaving the page asks first: the browser's own question on unload, a confirm on
 * links inside the site (they navigate without unloading). `leaving` is set by the caller once a
 * submission is under way. A link marked data-keeps-work (the sign-in after an expired session)
 * asks nothing and calls `keepHere`, which keeps what is typed in this browser.
 */
export function useLeaveWarning(dirty: boolean, leaving: RefObject<boolean>, keepHere: () => void) {
  const keep = useRef(keepHere);
  useEffect(() => {
    keep.current = keepHere;
  });
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving.current) return;
      event.preventDefault();
      event.returnValue = LEAVE_MESSAGE;
    };
    const click = (event: MouseEvent) => {
      if (leaving.current || event.defaultPrevented || event.button !== 0) return;
      if (accepted.has(event)) {
        leaving.current = true;
        return;
      }
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank") return;
      if (link.hasAttribute("data-keeps-work")) {
        keep.current();
        leaving.current = true;
        return;
      }
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin || (url.pathname === location.pathname && url.hash)) return;
      if (window.confirm(LEAVE_MESSAGE)) {
        accepted.add(event);
        leaving.current = true;
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    window.addEventListener("beforeunload", beforeUnload);
    window.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      window.removeEventListener("click", click, true);
    };
  }, [dirty, leaving]);
}
