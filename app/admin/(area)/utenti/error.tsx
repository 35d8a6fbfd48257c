"use client";

import { ErrorMessage } from "@/components/error-message";

// Keeps the admin navigation on screen when this section fails.
export default function AdminSectionError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorMessage reset={reset} />;
}
