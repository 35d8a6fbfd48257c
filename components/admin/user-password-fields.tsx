import { FieldError } from "@/components/admin/field-error";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

// A new password typed twice. No hooks: used inside the create, reset and own-password forms.

export const PASSWORD_RULE = `Almeno ${PASSWORD_MIN_LENGTH} caratteri; non una password comune o facile da indovinare (una frase di più parole va bene).`;
const HINT = `${PASSWORD_RULE} Non sarà più mostrata: comunicala alla persona per un canale sicuro.`;

export function PasswordInput({
  name,
  label,
  errors,
  hint,
  autoComplete = "new-password",
}: {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  autoComplete?: "new-password" | "current-password";
}) {
  const described = [errors?.length ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <input
        id={name}
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        aria-invalid={Boolean(errors?.length)}
        aria-describedby={described || undefined}
        className="mt-1 w-full rounded border border-muted px-3 py-2 aria-[invalid=true]:border-danger"
      />
      <FieldError id={`${name}-error`} messages={errors} />
    </div>
  );
}

export function PasswordFields({
  label,
  errors,
  hint = HINT,
}: {
  label: string;
  errors?: { password?: string[]; confirm?: string[] };
  hint?: string;
}) {
  return (
    <>
      <PasswordInput name="password" label={label} errors={errors?.password} hint={hint} />
      <PasswordInput name="confirm" label="Ripeti la password" errors={errors?.confirm} />
    </>
  );
}
