import { LISTING_DAYS } from '@open-sds/directory'
import { ErrorMessage } from '~/components/ErrorMessage'
import { errorFor } from '~/components/ErrorSummary'
import { InputGroupItem } from '~/components/InputGroupItem'

type Errors = { field: string; message: string }[] | undefined

/**
 * Each day's opening and closing times, as a row of two boxes under the day's name (the GOV.UK date input's layout,
 * which wraps on a narrow screen). A day's error sits under its name and links to the box it is about.
 */
export function OpeningTimes({ values, errors }: { values: Record<string, unknown> | undefined; errors: Errors }) {
  const valueOf = (name: string) => {
    const value = values?.[name]
    return typeof value === 'string' ? value : ''
  }
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby="openingTimes-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">When is it open?</legend>
        <div id="openingTimes-hint" className="govuk-hint">
          Enter the times for each day it is open, like 9:30am and 4pm. Leave a day empty if it is closed that day.
        </div>
        {LISTING_DAYS.map((day) => {
          const opens = `${day.field}Opens`
          const closes = `${day.field}Closes`
          const opensError = errorFor(errors, opens)
          const closesError = errorFor(errors, closes)
          const error = [opensError, closesError].filter(Boolean).join('. ')
          const box = (name: string, label: string, boxError: string | undefined) => (
            <InputGroupItem
              name={name}
              label={label}
              widthClass="govuk-input--width-5"
              error={Boolean(boxError)}
              defaultValue={valueOf(name)}
              describedBy={error ? `${day.field}-error` : undefined}
            />
          )
          return (
            <div key={day.code} className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
              <fieldset className="govuk-fieldset" role="group">
                <legend className="govuk-fieldset__legend">{day.name}</legend>
                <ErrorMessage id={`${day.field}-error`} error={error || undefined} />
                <div className="govuk-date-input">
                  {box(opens, 'Opens', opensError)}
                  {box(closes, 'Closes', closesError)}
                </div>
              </fieldset>
            </div>
          )
        })}
      </fieldset>
    </div>
  )
}
