import { describedBy, LabelledField } from './LabelledField'

type TextInputProps = {
  name: string
  label: string
  hint?: string
  error?: string
  type?: 'text' | 'email' | 'password' | 'tel'
  autoComplete?: string
  defaultValue?: string
  spellCheck?: boolean
  widthClass?: string
}

/** GOV.UK text input with its label, hint and error message wired to it for screen readers. */
export function TextInput({
  name,
  label,
  hint,
  error,
  type = 'text',
  autoComplete,
  defaultValue,
  spellCheck,
  widthClass,
}: TextInputProps) {
  return (
    <LabelledField name={name} label={label} hint={hint} error={error}>
      <input
        className={`govuk-input${widthClass ? ` ${widthClass}` : ''}${error ? ' govuk-input--error' : ''}`}
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        defaultValue={defaultValue}
        aria-describedby={describedBy(name, hint, error)}
      />
    </LabelledField>
  )
}
