import type { ReactNode } from 'react'
import { ErrorMessage } from './ErrorMessage'

type LabelledFieldProps = {
  name: string
  label: string
  hint?: string
  error?: string
  labelSize?: 's' | 'm'
  children: ReactNode
}

/** The ids a control's `aria-describedby` names, so screen readers read its hint and error with it. */
export function describedBy(name: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined
}

/** A field's hint, with the id its control's `aria-describedby` names. */
export function Hint({ name, hint }: { name: string; hint?: string }) {
  return hint ? (
    <div id={`${name}-hint`} className="govuk-hint">
      {hint}
    </div>
  ) : null
}

/** A GOV.UK form group for one labelled control: the label, hint and error message, then the control itself. */
export function LabelledField({ name, label, hint, error, labelSize = 's', children }: LabelledFieldProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label govuk-label--${labelSize}`} htmlFor={name}>
        {label}
      </label>
      <Hint name={name} hint={hint} />
      <ErrorMessage id={`${name}-error`} error={error} />
      {children}
    </div>
  )
}
