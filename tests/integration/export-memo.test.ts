import { beforeAll, describe, expect, it } from "vitest";
import { invalidate } from "@/lib/cache/tag-sync";
import { exportFile } from "@/lib/open-data/export-memo";
import { parsePracticeFilters } from "@/lib/practices/search-params";
import { listenForInvalidations } from "../support/cache-sync";

// Download files kept per process (lib/open-data/export-memo.ts), with this process's real
// cache-tag sync (PostgreSQL LISTEN/NOTIFY), as in the server.

let builds = 0;
const build = (text: string) => async () => {
  builds++;
  return `${text} ${builds}`;
};

beforeAll(async () => {
  await listenForInvalidations();
});

describe("download files kept per process", () => {
  it("builds a selection's file once, until the catalogue, a vocabulary or the regions change", async () => {
    const puglia = parsePracticeFilters({ regione: "puglia" });
    const first = await exportFile("csv virgola", puglia, build("puglia"));
    expect(await exportFile("csv virgola", puglia, build("puglia"))).toEqual(first);
    expect(first).toMatchObject({ body: expect.stringMatching(/^puglia \d+$/), etag: expect.stringMatching(/^"/) });
    const other = await exportFile("csv punto-e-virgola", puglia, build("puglia"));
    expect(other).not.toEqual(first);
    for (const tag of ["practices", "vocabularies", "regions"]) {
      const before = await exportFile("json", puglia, build(tag));
      await new Promise((resolve) => setTimeout(resolve, 2));
      await invalidate([tag], { expire: 0 });
      const after = await exportFile("json", puglia, build(tag));
      expect(after, tag).not.toEqual(before);
      expect(await exportFile("json", puglia, build(tag))).toEqual(after);
    }
  });

  it("never keeps a refusal", async () => {
    const all = parsePracticeFilters({});
    const refusal = { refused: "troppe schede" };
    expect(await exportFile("csv virgola", all, async () => refusal)).toEqual(refusal);
    const file = await exportFile("csv virgola", all, build("tutte"));
    expect("body" in file && file.body).toMatch(/^tutte \d+$/);
  });
});
