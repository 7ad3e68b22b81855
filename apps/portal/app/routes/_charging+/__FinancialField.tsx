import type { FieldSpec } from './financial-form.server'
import { ErrorMessage } from '../../components/ErrorMessage'

type Props = { field: FieldSpec; value: string | undefined; error: string | undefined }

const PER_TEXT = { week: 'a week', month: 'a month', total: '' } as const

/** One question of the financial assessment in the GOV.UK pattern for its kind: money with a £ prefix, or radios. */
export function FinancialField({ field, value, error }: Props) {
  const hintId = field.hint ? `${field.name}-hint` : undefined
  const errorId = error ? `${field.name}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  const groupClass = `govuk-form-group${error ? ' govuk-form-group--error' : ''}`
  if (field.kind === 'yes-no' || field.kind === 'choice') {
    const options =
      field.kind === 'yes-no'
        ? [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]
        : field.options
    return (
      <div className={groupClass}>
        <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{field.label}</legend>
          {field.hint ? (
            <div id={hintId} className="govuk-hint">
              {field.hint}
            </div>
          ) : null}
          <ErrorMessage id={`${field.name}-error`} error={error} />
          <div
            className={`govuk-radios${field.kind === 'yes-no' ? ' govuk-radios--inline' : ''} govuk-radios--small`}
            data-module="govuk-radios"
          >
            {options.map((option, index) => {
              // The first radio carries the field's id, so the error summary's link lands on the group.
              const id = index === 0 ? field.name : `${field.name}-${option.value}`
              return (
                <div className="govuk-radios__item" key={option.value}>
                  <input
                    className="govuk-radios__input"
                    id={id}
                    name={field.name}
                    type="radio"
                    value={option.value}
                    defaultChecked={value === option.value}
                  />
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
  const input = (
    <input
      className={`govuk-input ${field.kind === 'text' ? 'govuk-!-width-two-thirds' : 'govuk-input--width-10'}${error ? ' govuk-input--error' : ''}`}
      id={field.name}
      name={field.name}
      type="text"
      inputMode={field.kind === 'text' ? undefined : field.kind === 'whole' ? 'numeric' : 'decimal'}
      spellCheck={false}
      defaultValue={value}
      aria-describedby={describedBy}
    />
  )
  return (
    <div className={groupClass}>
      <label className="govuk-label govuk-label--s" htmlFor={field.name}>
        {field.label}
        {field.kind === 'money' && field.per !== 'total' && !field.hint ? (
          <span className="govuk-visually-hidden"> ({PER_TEXT[field.per]})</span>
        ) : null}
      </label>
      {field.hint ? (
        <div id={hintId} className="govuk-hint">
          {field.hint}
        </div>
      ) : null}
      <ErrorMessage id={`${field.name}-error`} error={error} />
      {field.kind === 'money' ? (
        <div className="govuk-input__wrapper">
          <div className="govuk-input__prefix" aria-hidden="true">
            £
          </div>
          {input}
          {field.per !== 'total' ? (
            <div className="govuk-input__suffix" aria-hidden="true">
              {field.per === 'week' ? 'a week' : 'a month'}
            </div>
          ) : null}
        </div>
      ) : (
        input
      )}
    </div>
  )
}
