import { formatInteger } from "@/lib/italian-format";

/** "1 pratica", "12.345 pratiche". Without Intl, so client components may use it too (lib/italian-format.ts). */
export function practicesCount(total: number) {
  return total === 1 ? "1 pratica" : `${formatInteger(total)} pratiche`;
}
