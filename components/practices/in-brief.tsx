"use client";

/** The words of "In breve", decided on the server (practice-detail.tsx). */
export type BriefWords = { entity: string; started: string; operators: string; sustainability: string };

function Fact({ term, children }: { term: string; children: string }) {
  return (
    <div>
      <dt className="text-sm font-semibold text-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * "In breve": the facts a reader checks first, at the top of the sheet (first on a phone too).
 * Sustainability is the latest follow-up's when there is one, as in the section below.
 */
export function InBrief({ words }: { words: BriefWords }) {
  return (
    <section
      aria-labelledby="in-breve"
      className="rounded border-l-4 border-primary bg-surface p-4"
      data-testid="in-brief"
    >
      <h2 id="in-breve" className="text-lg font-bold">
        In breve
      </h2>
      <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
        <Fact term="Ente">{words.entity}</Fact>
        <Fact term="Avvio">{words.started}</Fact>
        <Fact term="Operatori coinvolti">{words.operators}</Fact>
        <Fact term="Sostenibilità">{words.sustainability}</Fact>
      </dl>
    </section>
  );
}
