import { Form } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { errorFor } from '~/components/ErrorSummary'
import { Checkboxes, Radios, Textarea, type Choice } from '~/components/FormFields'
import { TextInput } from '~/components/TextInput'
import type { ListingForm as ListingFields } from '@open-sds/directory'

export type ListingValues = Partial<Record<Exclude<keyof ListingFields, 'needs'>, string>> & {
  needs?: readonly string[]
}
type Errors = { field: string; message: string }[] | undefined

const COSTS: Choice[] = [
  { value: 'free', label: 'Free' },
  { value: 'paid', label: 'It has a cost' },
  { value: 'ask', label: 'People should ask' },
]

/** A service's listing, in the words of someone who runs it: what the directory shows, checked before publishing. */
export function ListingForm({
  needs,
  values,
  errors,
  submitLabel,
}: {
  needs: Choice[]
  values: ListingValues | undefined
  errors: Errors
  submitLabel: string
}) {
  return (
    <Form method="post" noValidate>
      <CsrfInput />
      <TextInput name="name" label="Name of the service" defaultValue={values?.name} error={errorFor(errors, 'name')} />
      <Textarea
        name="description"
        label="What does it do, and for whom?"
        value={values?.description}
        error={errorFor(errors, 'description')}
      />
      <Checkboxes
        name="needs"
        legend="What kinds of support does it give?"
        hint="Choose all that apply. People find it by these."
        choices={needs}
        values={values?.needs}
        error={errorFor(errors, 'needs')}
      />
      <TextInput
        name="email"
        type="email"
        label="Email address (optional)"
        autoComplete="off"
        spellCheck={false}
        defaultValue={values?.email}
        error={errorFor(errors, 'email')}
      />
      <TextInput
        name="url"
        label="Web address (optional)"
        hint="For example, https://example.org/lunch-club"
        spellCheck={false}
        defaultValue={values?.url}
        error={errorFor(errors, 'url')}
      />
      <TextInput
        name="phone"
        type="tel"
        label="Phone number (optional)"
        widthClass="govuk-input--width-20"
        defaultValue={values?.phone}
        error={errorFor(errors, 'phone')}
      />
      <TextInput
        name="town"
        label="Town or postcode area where it runs (optional)"
        hint="So people can find it near them. Leave it empty if it runs online or by phone only."
        widthClass="govuk-input--width-20"
        defaultValue={values?.town}
        error={errorFor(errors, 'town')}
      />
      <TextInput
        name="minimumAge"
        label="Youngest age it is for (optional)"
        widthClass="govuk-input--width-3"
        defaultValue={values?.minimumAge}
        error={errorFor(errors, 'minimumAge')}
      />
      <TextInput
        name="maximumAge"
        label="Oldest age it is for (optional)"
        widthClass="govuk-input--width-3"
        defaultValue={values?.maximumAge}
        error={errorFor(errors, 'maximumAge')}
      />
      <Radios
        name="cost"
        legend="What does it cost?"
        choices={COSTS}
        value={values?.cost}
        error={errorFor(errors, 'cost')}
      />
      <TextInput
        name="costPounds"
        label="If it has a cost, how much, in pounds?"
        hint="The lowest price, for example 3.50"
        widthClass="govuk-input--width-5"
        defaultValue={values?.costPounds}
        error={errorFor(errors, 'costPounds')}
      />
      <button type="submit" className="govuk-button" data-module="govuk-button">
        {submitLabel}
      </button>
    </Form>
  )
}
