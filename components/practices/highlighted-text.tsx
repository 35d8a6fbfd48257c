import { MARK_END, MARK_START } from "@/lib/practices/search-sql";

/** Renders a search snippet whose matches the database wrapped in marker characters. */
export function HighlightedText({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${MARK_START}[^${MARK_END}]*${MARK_END})`, "u"));
  return (
    <>
      {parts.map((part, index) =>
        part.startsWith(MARK_START) ? <mark key={index}>{part.slice(1, -1)}</mark> : <span key={index}>{part}</span>,
      )}
    </>
  );
}
