import type { ReactNode } from 'react'
import { ErrorMessage } from './ErrorMessage'
import { describedBy, Hint, LabelledField } from './LabelledField'

export type Choice = { value: string; label: string; hint?: string }

/** Radio, checkbox or select choices from a package's labels for its codes, in the labels' order. */
export const choicesFrom = (labels: Readonly<Record<string, string>>): Choice[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

/**
 * An option's id. The first is the field's name, so an error summary link `#name` lands on it; the others add the
 * value, with spaces and punctuation made hyphens, because an HTML id may not hold a space ("user-led organisation"
 * gave `kind-user-led organisation`, which a label's `for` and a screen reader cannot find).
 */
export const optionId = (name: string, index: number, value: string) =>
  index === 0 ? name : `${name}-${value.trim().replace(/[^A-Za-z0-9_-]+/g, '-')}`

/** GOV.UK radios in a fieldset, with the legend, hint and error wired for screen readers. */
export function Radios({
  name,
  legend,
  choices,
  hint,
  error,
  value,
  inline,
  small,
  legendSize = 's',
}: {
  name: string
  legend: ReactNode
  choices: readonly Choice[]
  hint?: string
  error?: string
  value?: string
  inline?: boolean
  small?: boolean
  legendSize?: 's' | 'm'
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <Hint name={name} hint={hint} />
        <ErrorMessage id={`${name}-error`} error={error} />
        <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}${small ? ' govuk-radios--small' : ''}`}>
          {choices.map((choice, index) => (
            <div className="govuk-radios__item" key={choice.value}>
              <input
                className="govuk-radios__input"
                id={optionId(name, index, choice.value)}
                name={name}
                type="radio"
                value={choice.value}
                defaultChecked={value === choice.value}
                aria-describedby={choice.hint ? `${optionId(name, index, choice.value)}-hint` : undefined}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={optionId(name, index, choice.value)}>
                {choice.label}
              </label>
              {choice.hint ? (
                <div id={`${optionId(name, index, choice.value)}-hint`} className="govuk-hint govuk-radios__hint">
                  {choice.hint}
                </div>
              ) : null}
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}

/** GOV.UK checkboxes in a fieldset; `values` are those ticked. */
export function Checkboxes({
  name,
  legend,
  choices,
  hint,
  error,
  values,
}: {
  name: string
  legend: string
  choices: readonly Choice[]
  hint?: string
  error?: string
  values?: readonly string[]
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <Hint name={name} hint={hint} />
        <ErrorMessage id={`${name}-error`} error={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {choices.map((choice, index) => (
            <div className="govuk-checkboxes__item" key={choice.value}>
              <input
                className="govuk-checkboxes__input"
                id={optionId(name, index, choice.value)}
                name={name}
                type="checkbox"
                value={choice.value}
                defaultChecked={values?.includes(choice.value)}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={optionId(name, index, choice.value)}>
                {choice.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}

/** GOV.UK textarea with its label, hint and error. */
export function Textarea({
  name,
  label,
  hint,
  error,
  value,
  rows = 4,
  labelSize = 's',
}: {
  name: string
  label: string
  hint?: string
  error?: string
  value?: string
  rows?: number
  labelSize?: 's' | 'm'
}) {
  return (
    <LabelledField name={name} label={label} hint={hint} error={error} labelSize={labelSize}>
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={name}
        name={name}
        rows={rows}
        defaultValue={value ?? ''}
        aria-describedby={describedBy(name, hint, error)}
      />
    </LabelledField>
  )
}

/** GOV.UK file upload with its label, hint and error; `accept` names the types the server will take. */
export function FileUpload({
  name,
  label,
  hint,
  error,
  accept,
}: {
  name: string
  label: string
  hint?: string
  error?: string
  accept: string
}) {
  return (
    <LabelledField name={name} label={label} hint={hint} error={error}>
      <input
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={name}
        name={name}
        type="file"
        accept={accept}
        aria-describedby={describedBy(name, hint, error)}
      />
    </LabelledField>
  )
}

/** GOV.UK select. `placeholder` adds an empty first choice, so nothing is chosen for the person by default. */
export function Select({
  name,
  label,
  choices,
  hint,
  error,
  value,
  placeholder,
}: {
  name: string
  label: string
  choices: readonly Choice[]
  hint?: string
  error?: string
  value?: string
  placeholder?: string
}) {
  return (
    <LabelledField name={name} label={label} hint={hint} error={error}>
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={name}
        name={name}
        defaultValue={value ?? ''}
        aria-describedby={describedBy(name, hint, error)}
      >
        {placeholder === undefined ? null : <option value="">{placeholder}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </LabelledField>
  )
}
