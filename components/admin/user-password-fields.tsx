import { FieldError } from "@/components/admin/field-error";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

// Password typed twice by the admin. No hooks: used inside the create and reset forms.

const HINT = `Almeno ${PASSWORD_MIN_LENGTH} caratteri, non ripetitiva. Non sarà più mostrata: comunicala alla persona per un canale sicuro.`;

function PasswordInput({
  name,
  label,
  errors,
  hint,
}: {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
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
        autoComplete="new-password"
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
}: {
  label: string;
  errors?: { password?: string[]; confirm?: string[] };
}) {
  return (
    <>
      <PasswordInput name="password" label={label} errors={errors?.password} hint={HINT} />
      <PasswordInput name="confirm" label="Ripeti la password" errors={errors?.confirm} />
    </>
  );
}
