import { DateInput } from '~/components/DateInput'
import { errorFor } from '~/components/ErrorSummary'
import { Radios } from '~/components/FormFields'
import { TextInput } from '~/components/TextInput'
import type { FieldError } from '~/.server/forms'

/**
 * The terms every direct-payment agreement is set up with, whether from a person's plan or a carer's budget: net or
 * gross of the charge, the day payments start, the cost centre, and the button that agrees it.
 */
export function AgreementTerms({
  chargeLegend,
  payer,
  values,
  errors,
}: {
  /** "The assessed charge", "The carer’s charge". */
  chargeLegend: string
  /** Who pays the charge in when paid net: "the person", "the carer". */
  payer: string
  values: Record<string, string>
  errors: FieldError[] | undefined
}) {
  return (
    <>
      <Radios
        name="basis"
        legend={chargeLegend}
        choices={[
          { value: 'net', label: `Net: the council pays less the charge, which ${payer} pays in` },
          { value: 'gross', label: 'Gross: the council pays it all and invoices the charge' },
        ]}
        value={values.basis ?? 'net'}
        error={errorFor(errors, 'basis')}
      />
      <DateInput
        name="startDate"
        legend="The date payments start"
        hint="For example, 6 4 2026"
        values={values}
        error={errorFor(errors, 'startDate')}
      />
      <TextInput
        name="costCentre"
        label="Cost centre to charge"
        hint="The finance system’s code, for example ASC-DP-01"
        defaultValue={values.costCentre}
        widthClass="govuk-input--width-10"
        error={errorFor(errors, 'costCentre')}
      />
      <button type="submit" className="govuk-button" data-module="govuk-button">
        Agree the direct payment
      </button>
    </>
  )
}
