import { errorFor } from '~/components/ErrorSummary'
import { Radios, Textarea } from '~/components/FormFields'
import { TextInput } from '~/components/TextInput'
import type { FieldError } from '~/.server/forms'

type Choice = { value: string; label: string }

/**
 * A choice and what goes with it, one under the other: a finding and its reason on the determination page, the kind
 * of budget and its amount on the plan page. Each keeps what was typed and shows its own error.
 */
export function ChoiceWithDetail({
  choice,
  detail,
  errors,
  values,
}: {
  choice: { name: string; legend: string; choices: readonly Choice[] }
  /** A reason is written in a text area; a short answer such as an amount, in a text input of the given width. */
  detail: { name: string; label: string; hint?: string; widthClass?: string }
  errors: FieldError[] | undefined
  values: Record<string, string | undefined>
}) {
  return (
    <>
      <Radios
        name={choice.name}
        legend={choice.legend}
        choices={choice.choices}
        inline
        error={errorFor(errors, choice.name)}
        value={values[choice.name]}
      />
      {detail.widthClass === undefined ? (
        <Textarea
          name={detail.name}
          label={detail.label}
          hint={detail.hint}
          error={errorFor(errors, detail.name)}
          value={values[detail.name]}
        />
      ) : (
        <TextInput
          name={detail.name}
          label={detail.label}
          hint={detail.hint}
          error={errorFor(errors, detail.name)}
          defaultValue={values[detail.name]}
          widthClass={detail.widthClass}
        />
      )}
    </>
  )
}
