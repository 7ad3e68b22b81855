import { ErrorMessage } from './ErrorMessage'

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
export function TextInput({ name, label, hint, error, type = 'text', autoComplete, defaultValue, spellCheck, widthClass }: TextInputProps) {
  const hintId = hint ? `${name}-hint` : undefined
  const errorId = error ? `${name}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={name}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      <ErrorMessage id={`${name}-error`} error={error} />
      <input
        className={`govuk-input${widthClass ? ` ${widthClass}` : ''}${error ? ' govuk-input--error' : ''}`}
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        defaultValue={defaultValue}
        aria-describedby={describedBy}
      />
    </div>
  )
}
