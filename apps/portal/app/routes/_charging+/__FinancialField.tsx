import type { FieldSpec } from './financial-form.server'
import { PERIOD_OPTIONS, periodField } from './__income-period'
import { ErrorMessage } from '../../components/ErrorMessage'
import { errorFor } from '../../components/ErrorSummary'
import { Radios } from '../../components/FormFields'
import { describedBy, Hint } from '../../components/LabelledField'
import type { FieldError } from '../../.server/forms'

type Props = { field: FieldSpec; values: Record<string, string>; errors: FieldError[] | undefined }

const PER_TEXT = { week: 'a week', month: 'a month' } as const

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const

/** One question of the financial assessment in the GOV.UK pattern for its kind: money with a £ prefix, or radios. */
export function FinancialField({ field, values, errors }: Props) {
  const value = values[field.name]
  const error = errorFor(errors, field.name)
  if (field.kind === 'yes-no' || field.kind === 'choice') {
    return (
      <Radios
        name={field.name}
        legend={field.label}
        hint={field.hint}
        choices={field.kind === 'yes-no' ? YES_NO : field.options}
        value={value}
        error={error}
        inline={field.kind === 'yes-no'}
        small
      />
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
      aria-describedby={describedBy(field.name, field.hint, error)}
    />
  )
  // A fixed period is said after the amount; a chosen one is asked under it.
  const fixedPeriod = field.kind === 'money' && field.per !== 'total' && !field.choosePeriod ? field.per : undefined
  const group = (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={field.name}>
        {field.label}
        {fixedPeriod && !field.hint ? <span className="govuk-visually-hidden"> ({PER_TEXT[fixedPeriod]})</span> : null}
      </label>
      <Hint name={field.name} hint={field.hint} />
      <ErrorMessage id={`${field.name}-error`} error={error} />
      {field.kind === 'money' ? (
        <div className="govuk-input__wrapper">
          <div className="govuk-input__prefix" aria-hidden="true">
            £
          </div>
          {input}
          {fixedPeriod ? (
            <div className="govuk-input__suffix" aria-hidden="true">
              {PER_TEXT[fixedPeriod]}
            </div>
          ) : null}
        </div>
      ) : (
        input
      )}
    </div>
  )
  if (field.kind !== 'money' || !field.choosePeriod) return group
  return (
    <>
      {group}
      <PeriodRadios field={field} values={values} errors={errors} />
    </>
  )
}

/**
 * How often an amount is paid, as small inline radios under it (GOV.UK radios, so it works without JavaScript). The
 * legend names the amount for screen readers; every week is chosen until the person picks another.
 */
function PeriodRadios({ field, values, errors }: Props) {
  const name = periodField(field.name)
  return (
    <Radios
      name={name}
      legend={
        <>
          <span className="govuk-visually-hidden">{field.label}: </span>How often
        </>
      }
      choices={PERIOD_OPTIONS}
      value={values[name] || 'week'}
      error={errorFor(errors, name)}
      inline
      small
    />
  )
}
