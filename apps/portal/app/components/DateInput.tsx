import { ErrorMessage } from './ErrorMessage'
import { InputGroupItem } from './InputGroupItem'

/**
 * The GOV.UK date input: day, month and year boxes named `${name}Day`, `${name}Month` and `${name}Year` in a fieldset.
 * An error belongs to `${name}Day`, so the error summary's link lands on the first box.
 */
export function DateInput({
  name,
  legend,
  hint,
  error,
  values,
}: {
  name: string
  legend: string
  hint?: string
  error?: string
  values?: Record<string, string | undefined>
}) {
  const first = `${name}Day`
  const describedBy = [hint ? `${name}-hint` : '', error ? `${first}-error` : ''].filter(Boolean).join(' ')
  const box = (part: 'Day' | 'Month' | 'Year', width: string) => (
    <InputGroupItem
      name={`${name}${part}`}
      label={part}
      widthClass={width}
      error={Boolean(error)}
      defaultValue={values?.[`${name}${part}`] ?? ''}
      numeric
    />
  )
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy || undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div id={`${name}-hint`} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        <ErrorMessage id={`${first}-error`} error={error} />
        <div className="govuk-date-input">
          {box('Day', 'govuk-input--width-2')}
          {box('Month', 'govuk-input--width-2')}
          {box('Year', 'govuk-input--width-4')}
        </div>
      </fieldset>
    </div>
  )
}
