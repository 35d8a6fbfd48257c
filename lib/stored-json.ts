import { z } from "zod";

/** A JSON column's stored content is not what this program reads: which row, which column, why. */
export class StoredJsonError extends Error {
  override name = "StoredJsonError";
}

/**
 * A JSON column with a format version: written as `{ "version": n, ...value }`, read back only
 * through `schema`, so a row in a format this program does not know is refused with a clear
 * error instead of flowing on as `unknown` cast to a type.
 *
 * Rows without a version are read as version 1, which is exactly the format written before the
 * field existed: a migration stamping them would miss rows written meanwhile by an instance of
 * the previous release still running against the same database (a rolling deploy), and would
 * make every backup taken before it unrestorable (a restore requires the same migrations).
 * `unversioned` turns such an old row into the shape of version 1 when they differ.
 */
export function versionedJson<Schema extends z.ZodType<object>>(options: {
  version: number;
  schema: Schema;
  unversioned?: (json: unknown) => unknown;
}) {
  const { version, schema, unversioned = (json: unknown) => json } = options;
  return {
    /** The value as stored, with its version. */
    write: (value: z.input<Schema>) => ({ version, ...(value as object) }),
    /** The value of a stored row; `where` names it in the error ("PracticeRevision 12, snapshot"). */
    read(json: unknown, where: string): z.output<Schema> {
      const isObject = typeof json === "object" && json !== null && !Array.isArray(json);
      const found = isObject && "version" in json ? json.version : undefined;
      if (found !== undefined && found !== version) {
        throw new StoredJsonError(
          `${where}: formato versione ${JSON.stringify(found)} sconosciuto (questo programma legge la versione ${version}).`,
        );
      }
      const parsed = schema.safeParse(found === undefined ? unversioned(json) : json);
      if (!parsed.success) {
        throw new StoredJsonError(
          `${where}: contenuto non valido (versione ${version}).\n${z.prettifyError(parsed.error)}`,
        );
      }
      return parsed.data;
    },
  };
}
