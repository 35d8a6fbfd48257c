import { z } from "zod";

// 254 characters is the longest address SMTP carries; longer input is refused before any work.
export const emailField = z
  .string()
  .trim()
  .max(254, "L'indirizzo e-mail è troppo lungo (al massimo 254 caratteri).")
  .toLowerCase()
  .pipe(z.email("Inserisci un indirizzo e-mail valido."));
