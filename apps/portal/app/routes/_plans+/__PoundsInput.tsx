import { describedBy, LabelledField } from '../../components/LabelledField'

/** A pounds amount: GOV.UK text input with a £ prefix. */
export function PoundsInput({
  name,
  label,
  hint,
  value,
  error,
}: {
  name: string
  label: string
  hint?: string
  value: string | undefined
  error?: string
}) {
  return (
    <LabelledField name={name} label={label} hint={hint} error={error}>
      <div className="govuk-input__wrapper">
        <div className="govuk-input__prefix" aria-hidden="true">
          £
        </div>
        <input
          className={`govuk-input govuk-input--width-5${error ? ' govuk-input--error' : ''}`}
          id={name}
          name={name}
          type="text"
          inputMode="decimal"
          spellCheck={false}
          defaultValue={value ?? ''}
          aria-describedby={describedBy(name, hint, error)}
        />
      </div>
    </LabelledField>
  )
}
