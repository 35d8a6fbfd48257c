import { describe, expect, it } from "vitest";
import { exportFileName } from "@/lib/open-data/export-name";
import { exportLabel } from "@/lib/open-data/links";
import { parsePracticeFilters } from "@/lib/practices/search-params";

// Export files are named after the selection and the day (in Italy) they were taken.

const noon = new Date("2026-11-30T12:00:00Z");

describe("export file names", () => {
  it("carry the selected values in the listing's facet order, then the date", () => {
    const filters = parsePracticeFilters({ area: "anziani", regione: "puglia" });
    expect(exportFileName(filters, "csv", noon)).toBe("pratiche_puglia_anziani_2026-11-30.csv");
    expect(exportFileName(filters, "json", noon)).toBe("pratiche_puglia_anziani_2026-11-30.json");
  });

  it("join several values of a facet and turn the words of a search into a slug", () => {
    const filters = parsePracticeFilters({
      regione: ["veneto", "lombardia"],
      tipo: "nuovo",
      q: "Spesa a domicilio, più «città»",
    });
    expect(exportFileName(filters, "csv", noon)).toBe(
      "pratiche_lombardia-veneto_nuovo_spesa-a-domicilio-piu-citta_2026-11-30.csv",
    );
  });

  it("without filters are the whole catalogue's, dated", () => {
    expect(exportFileName(parsePracticeFilters({}), "csv", noon)).toBe("pratiche_2026-11-30.csv");
  });

  it("take the date in Italy, not in UTC", () => {
    const lateEvening = new Date("2026-11-30T23:30:00Z");
    expect(exportFileName(parsePracticeFilters({}), "csv", lateEvening)).toBe("pratiche_2026-12-01.csv");
  });

  it("stay short and ASCII whatever the words", () => {
    const name = exportFileName(parsePracticeFilters({ q: "x".repeat(500) + ' "; rm -rf' }), "csv", noon);
    expect(name).toMatch(/^[a-z0-9_.-]+$/);
    expect(name.length).toBeLessThan(100);
  });
});

describe("export link texts", () => {
  it("say the format and how many sheets they give", () => {
    expect(exportLabel("csv-excel", 5)).toBe("Scarica per Excel (CSV, 5 pratiche)");
    expect(exportLabel("csv-excel", 1)).toBe("Scarica per Excel (CSV, 1 pratica)");
    expect(exportLabel("json", 12400)).toBe("Scarica JSON (12.400 pratiche, con i metadati)");
  });
});
