/**
 * One labelled box in a row of boxes that share a legend (the GOV.UK date input's layout: day, month, year; or a
 * day's opening and closing times). The row wraps on a narrow screen.
 */
export function InputGroupItem({
  name,
  label,
  widthClass,
  error,
  defaultValue,
  numeric,
  describedBy,
}: {
  name: string
  label: string
  widthClass: string
  error: boolean
  defaultValue: string
  numeric?: boolean
  describedBy?: string
}) {
  return (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={name}>
          {label}
        </label>
        <input
          className={`govuk-input govuk-date-input__input ${widthClass}${error ? ' govuk-input--error' : ''}`}
          id={name}
          name={name}
          type="text"
          inputMode={numeric ? 'numeric' : undefined}
          defaultValue={defaultValue}
          aria-describedby={describedBy}
        />
      </div>
    </div>
  )
}
