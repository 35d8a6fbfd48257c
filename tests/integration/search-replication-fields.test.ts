import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchPractices } from "@/lib/practices/queries";
import { parsePracticeFilters } from "@/lib/practices/search-params";

// The texts for whoever wants to replicate a practice are searched like the sheet's other long
// texts; the public contact (an office address) is not.

let id: number;

beforeAll(async () => {
  id = (await db.practice.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { id: "asc" } })).id;
});

afterAll(async () => {
  await db.practice.update({
    where: { id },
    data: { resourcesNeeded: null, difficulties: null, replicationAdvice: null, publicContact: null },
  });
  await db.$disconnect();
});

const found = async (q: string) =>
  (await searchPractices(parsePracticeFilters({ q }))).items.some((item) => item.id === id);

it("finds a sheet by its resources, difficulties and advice, with stemming and without accents; not by its contact", async () => {
  await db.practice.update({
    where: { id },
    data: {
      resourcesNeeded: "Un furgoncino refrigerato per i pasti.",
      difficulties: "La diffidenza dei condòmini verso i volontari.",
      replicationAdvice: "Coinvolgere le bocciofile del quartiere fin da subito.",
      publicContact: "ufficio.zattere@comune.esempio.it",
    },
  });
  expect(await found("furgoncini")).toBe(true);
  expect(await found("condomini")).toBe(true);
  expect(await found("bocciofile")).toBe(true);
  expect(await found("zattere")).toBe(false);
});
