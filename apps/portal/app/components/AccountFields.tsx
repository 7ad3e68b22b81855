import { TextInput } from './TextInput'

/** The email address of an account, as sign-in, sign-up and "forgotten your password" ask for it. */
export function EmailAddressInput({
  error,
  defaultValue,
  hint,
}: {
  error?: string
  defaultValue?: string
  hint?: string
}) {
  return (
    <TextInput
      name="email"
      label="Email address"
      type="email"
      autoComplete="email"
      spellCheck={false}
      hint={hint}
      defaultValue={defaultValue}
      error={error}
    />
  )
}

/** A new password, with the one rule every new password follows (at sign-up and on a reset). */
export function NewPasswordInput({ label, error }: { label: string; error?: string }) {
  return (
    <TextInput
      name="password"
      label={label}
      type="password"
      autoComplete="new-password"
      hint="Use 10 characters or more. A few unrelated words together make a strong password that is easy to remember."
      error={error}
    />
  )
}
