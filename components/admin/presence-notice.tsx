"use client";

import { useEffect, useState } from "react";
import { sessionHolds } from "@/components/admin/drafts-api";
import { presenceHeartbeatAction } from "@/lib/presence/actions";

/**
 * "Sta modificando anche: …" — refreshed by a heartbeat; a failed one is ignored (it only informs).
 * Not sent once the session has ended: the action's 401 would take the page to the sign-in form,
 * away from the editor's unsaved text (the form keeps it and says so at the next save).
 */
export function PresenceNotice({
  practiceId,
  initial,
  intervalMs,
}: {
  practiceId: number;
  initial: string[];
  intervalMs: number;
}) {
  const [names, setNames] = useState(initial);
  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      if (!(await sessionHolds())) return;
      presenceHeartbeatAction(practiceId)
        .then((others) => {
          if (!stopped) setNames(others);
        })
        .catch(() => {});
    };
    const timer = setInterval(beat, intervalMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [practiceId, intervalMs]);
  return (
    <p
      role="status"
      data-testid="presence"
      className={names.length ? "rounded border-l-4 border-warning bg-amber-50 px-3 py-2" : "sr-only"}
    >
      {names.length > 0 && <>Sta modificando anche: {names.join(", ")}.</>}
    </p>
  );
}
