import { BackLink } from './BackLink'
import { TextInput } from './TextInput'

/** The email address of an account, as sign-in, sign-up and "forgotten your password" ask for it. */
export function EmailAddressInput({
  error,
  defaultValue,
  hint,
  label = 'Email address',
}: {
  error?: string
  defaultValue?: string
  hint?: string
  label?: string
}) {
  return (
    <TextInput
      name="email"
      label={label}
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

/** The password the account has now: to sign in, or to show it is really its owner changing it. */
export function CurrentPasswordInput({ name, label, error }: { name: string; label: string; error?: string }) {
  return <TextInput name={name} label={label} type="password" autoComplete="current-password" error={error} />
}

/** The way back from changing one of them to the summary of an account's email address and password. */
export function BackToAccountDetails() {
  return <BackLink href="/account/details">Back to your email address and password</BackLink>
}

/** The 6-digit code from an authenticator app (decision 033), which phones can fill in from a message. */
export function OneTimeCodeInput({ hint, error }: { hint: string; error?: string }) {
  return (
    <TextInput
      name="code"
      label="Code"
      hint={hint}
      autoComplete="one-time-code"
      spellCheck={false}
      widthClass="govuk-input--width-10"
      error={error}
    />
  )
}
