import { ErrorMessage } from './ErrorMessage'

type Option = { value: string; label: string }

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined

/** GOV.UK radios in a fieldset; the first input carries the field's id so the error summary can link to it. */
export function Radios({ name, legend, hint, options, value, error, small }: { name: string; legend: string; hint?: string; options: readonly Option[]; value: string | undefined; error?: string; small?: boolean }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(hint && `${name}-hint`, error && `${name}-error`)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div id={`${name}-hint`} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        <ErrorMessage id={`${name}-error`} error={error} />
        <div className={`govuk-radios${small ? ' govuk-radios--small' : ''}`}>
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${option.value}`
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input className="govuk-radios__input" id={id} name={name} type="radio" value={option.value} defaultChecked={value === option.value} />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {option.label}
                </label>
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

/** GOV.UK select with a label and an empty first choice. */
export function Select({ name, label, options, value, error }: { name: string; label: string; options: readonly Option[]; value: string | undefined; error?: string }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={name}>
        {label}
      </label>
      <ErrorMessage id={`${name}-error`} error={error} />
      <select className={`govuk-select${error ? ' govuk-select--error' : ''}`} id={name} name={name} defaultValue={value ?? ''} aria-describedby={error ? `${name}-error` : undefined}>
        <option value="">Choose</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** GOV.UK textarea with its label, hint and error. */
export function Textarea({ name, label, hint, value, error, rows = 4 }: { name: string; label: string; hint?: string; value: string | undefined; error?: string; rows?: number }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={name}>
        {label}
      </label>
      {hint ? (
        <div id={`${name}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      <ErrorMessage id={`${name}-error`} error={error} />
      <textarea className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`} id={name} name={name} rows={rows} defaultValue={value ?? ''} aria-describedby={describedBy(hint && `${name}-hint`, error && `${name}-error`)} />
    </div>
  )
}

/** A pounds amount: GOV.UK text input with a £ prefix. */
export function PoundsInput({ name, label, hint, value, error }: { name: string; label: string; hint?: string; value: string | undefined; error?: string }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={name}>
        {label}
      </label>
      {hint ? (
        <div id={`${name}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      <ErrorMessage id={`${name}-error`} error={error} />
      <div className="govuk-input__wrapper">
        <div className="govuk-input__prefix" aria-hidden="true">
          £
        </div>
        <input className={`govuk-input govuk-input--width-5${error ? ' govuk-input--error' : ''}`} id={name} name={name} type="text" inputMode="decimal" spellCheck={false} defaultValue={value ?? ''} aria-describedby={describedBy(hint && `${name}-hint`, error && `${name}-error`)} />
      </div>
    </div>
  )
}
