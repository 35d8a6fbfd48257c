import { db } from "@/lib/db";
import { getEditorDraft } from "@/lib/drafts/queries";
import { practiceFields } from "@/lib/practices/mutations";
import { fieldErrors, practiceInputSchema, type FieldErrors, type PracticeDraft } from "@/lib/practices/practice-input";
import type { PracticeDetail } from "@/lib/practices/queries";
import { loadReference } from "@/lib/practices/reference";
import { populationBandOf } from "@/lib/practices/enum-labels";
import { comuniByIstatCode } from "@/lib/comuni";

// Anteprima of edits not saved yet: the editor's autosaved form, read through the same schema
// as a save, shown by the public page's own component. Nothing is written.

type Editable = NonNullable<Awaited<ReturnType<typeof db.practice.findUnique>>> & {
  entity: PracticeDetail["entity"];
  terms: PracticeDetail["terms"];
};

/** What the public page's component takes, and the sheet's status, which the preview's notes tell. */
export type PreviewDetail = PracticeDetail & Pick<Editable, "status">;

async function previewEntity(draft: PracticeDraft, current: PracticeDetail["entity"]) {
  const entity = draft.entity;
  if ("id" in entity) {
    if (entity.id === current.id) return current;
    return db.entity.findUniqueOrThrow({ where: { id: entity.id }, include: { region: true } });
  }
  const region = await db.region.findUniqueOrThrow({ where: { id: entity.regionId } });
  const comune = entity.istatCode ? comuniByIstatCode().get(entity.istatCode) : undefined;
  const population = comune?.population ?? null;
  return {
    ...current,
    id: 0,
    slug: "",
    name: entity.name,
    kind: entity.kind,
    istatCode: entity.istatCode,
    province: entity.province ?? comune?.province ?? null,
    population,
    populationBand: population ? populationBandOf(population) : null,
    regionId: region.id,
    region,
    isSample: false,
  };
}

/** The sheet as it would look with this editor's unsaved edits, or why they cannot be shown. */
export async function previewOfUnsavedEdits(
  userId: number,
  practice: Editable,
): Promise<{ detail: PreviewDetail; savedAt: string } | { errors: FieldErrors } | null> {
  const draft = await getEditorDraft(userId, practice.id);
  if (!draft) return null;
  const reference = await loadReference();
  const parsed = practiceInputSchema(reference).safeParse(draft.values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  return { detail: await detailWith(practice, parsed.data), savedAt: draft.savedAt };
}

/** The sheet with these values in place of its own, as the public page's component takes it. */
export async function detailWith(practice: Editable, edits: PracticeDraft): Promise<PreviewDetail> {
  const entity = await previewEntity(edits, practice.entity);
  const terms = await db.term.findMany({ orderBy: { position: "asc" } });
  const selected = terms.filter((term) => edits.terms[term.vocabulary].includes(term.slug));
  return {
    ...practice,
    ...practiceFields(edits, entity.id),
    entity,
    terms: selected.map((term) => ({ practiceId: practice.id, termId: term.id, term })),
  };
}
