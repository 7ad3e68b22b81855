import { DateInput } from '~/components/DateInput'
import { errorFor } from '~/components/ErrorSummary'
import { Radios, Select } from '~/components/FormFields'
import type { FieldError } from '~/.server/forms'
import { LabelledField, describedBy } from '~/components/LabelledField'
import { SHORT_TERM_CHOICES } from './__return-choices'

/** The fields of a piece of short-term support, for recording one and for putting one right. */
export function ShortTermFields({
  values,
  errors,
}: {
  values: Record<string, string | undefined>
  errors?: FieldError[]
}) {
  const costError = errorFor(errors, 'weeklyCost')
  return (
    <>
      <Radios
        name="serviceType"
        legend="Kind of short-term support"
        choices={SHORT_TERM_CHOICES.serviceType}
        value={values.serviceType}
        error={errorFor(errors, 'serviceType')}
        hint="ST-Max is short-term support to maximise independence, such as reablement."
      />
      <Select
        name="component"
        label="What the support was"
        choices={SHORT_TERM_CHOICES.component}
        placeholder="Choose one"
        value={values.component}
        error={errorFor(errors, 'component')}
      />
      <DateInput
        name="startedOn"
        legend="When it started"
        hint="For example, 1 9 2026"
        error={errorFor(errors, 'startedOnDay')}
        values={values}
      />
      <DateInput
        name="endedOn"
        legend="When it ended"
        hint="Leave empty if it goes on."
        error={errorFor(errors, 'endedOnDay')}
        values={values}
      />
      <Select
        name="outcome"
        label="What happened when it ended"
        hint="Only once it has ended."
        choices={SHORT_TERM_CHOICES.outcome}
        placeholder="It has not ended"
        value={values.outcome}
        error={errorFor(errors, 'outcome')}
      />
      <LabelledField name="weeklyCost" label="Weekly cost, if known" hint="In pounds, like 210.00" error={costError}>
        <div className="govuk-input__wrapper">
          <div className="govuk-input__prefix" aria-hidden="true">
            £
          </div>
          <input
            className={`govuk-input govuk-input--width-5${costError ? ' govuk-input--error' : ''}`}
            id="weeklyCost"
            name="weeklyCost"
            type="text"
            inputMode="decimal"
            spellCheck={false}
            defaultValue={values.weeklyCost ?? ''}
            aria-describedby={describedBy('weeklyCost', 'In pounds, like 210.00', costError)}
          />
        </div>
      </LabelledField>
    </>
  )
}
