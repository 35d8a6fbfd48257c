"use client";

import { ErrorMessage } from "@/components/error-message";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorMessage reset={reset} />;
}
