import type { Prisma } from "@/lib/generated/prisma/client";
import { ImportRejectedError } from "@/lib/import/apply";

/**
 * Deletes every illustrative sheet (their revisions go with them) and the illustrative entities
 * left without sheets. Refused while no real sheet is published: the public catalogue would
 * be empty, and the next start would seed the illustrative sheets again.
 */
export async function removeSampleSheets(tx: Prisma.TransactionClient) {
  const published = await tx.practice.count({ where: { isSample: false, status: "PUBLISHED" } });
  if (published === 0) {
    throw new ImportRejectedError(
      "Non ci sono ancora schede reali pubblicate: importale prima di eliminare quelle illustrative.",
    );
  }
  const samples = await tx.practice.findMany({ where: { isSample: true }, select: { slug: true } });
  const { count: practices } = await tx.practice.deleteMany({ where: { isSample: true } });
  const { count: entities } = await tx.entity.deleteMany({ where: { isSample: true, practices: { none: {} } } });
  return { practices, entities, slugs: samples.map((sample) => sample.slug) };
}
