"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/lib/auth/admin-action";
import { db } from "@/lib/db";
import { entityFormSchema, type EntityFormState } from "@/lib/entities/actions.validation";
import { EntityRuleError, updateEntity } from "@/lib/entities/entity-changes";
import { revalidatePractices } from "@/lib/practices/revalidate";
import { refreshSearchWordsAfterResponse } from "@/lib/practices/search-words-after";

const FIELD_OF = { name: "nome", kind: "tipo", istatCode: "codice_istat", province: "provincia", _: "_" } as const;

/** Saves an entity's name, kind, ISTAT code and province; its sheets' public pages follow. */
export const updateEntityAction = adminAction(
  "EDITOR",
  async (user, _previous: EntityFormState, formData: FormData): Promise<EntityFormState> => {
    const input = Object.fromEntries(formData);
    const values = {
      nome: String(input.nome ?? ""),
      tipo: String(input.tipo ?? ""),
      codice_istat: String(input.codice_istat ?? ""),
      provincia: String(input.provincia ?? ""),
    };
    const parsed = entityFormSchema.safeParse(input);
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
    const { id, aggiornato, nome, tipo, codice_istat, provincia } = parsed.data;
    try {
      const slugs = await db.$transaction((tx) =>
        updateEntity(
          tx,
          id,
          { name: nome, kind: tipo, istatCode: codice_istat, province: provincia },
          aggiornato,
          user.id,
        ),
      );
      refreshSearchWordsAfterResponse();
      revalidatePractices(slugs);
    } catch (error) {
      if (error instanceof EntityRuleError) {
        return { errors: { [FIELD_OF[error.field ?? "_"]]: [error.message] }, values };
      }
      throw error;
    }
    refresh();
    return { ok: true, message: "Ente salvato. Le sue schede pubbliche mostrano già i nuovi dati." };
  },
);
