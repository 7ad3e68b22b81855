import { Form } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { errorFor } from '~/components/ErrorSummary'
import { Checkboxes, choicesFrom, Radios, Textarea, type Choice } from '~/components/FormFields'
import { TextInput } from '~/components/TextInput'
import { LISTING_WAY_NAMES, type ListingForm as ListingFields } from '@open-sds/directory'
import { OpeningTimes } from './__OpeningTimes'

export type ListingValues = Partial<Record<Exclude<keyof ListingFields, 'needs' | 'ways'>, string>> & {
  needs?: readonly string[]
  ways?: readonly string[]
}
type Errors = { field: string; message: string }[] | undefined

const COSTS: Choice[] = [
  { value: 'free', label: 'Free' },
  { value: 'paid', label: 'It has a cost' },
  { value: 'ask', label: 'People should ask' },
]

/** The home-visit box: what it asks for, in the words the service page then uses. */
const HOME_AREA = {
  name: 'homeArea',
  label: 'Where it visits people at home, if it does',
  hint: 'Like Eastby and the villages nearby. People read “Visits people at home in …”.',
} as const

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
      <Checkboxes
        name="ways"
        legend="How do people use it?"
        hint="Choose all that apply."
        choices={choicesFrom(LISTING_WAY_NAMES)}
        values={values?.ways}
        error={errorFor(errors, 'ways')}
      />
      <TextInput {...HOME_AREA} defaultValue={values?.homeArea} error={errorFor(errors, 'homeArea')} />
      <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" aria-describedby="address-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">The address, if it is at one</legend>
        <div id="address-hint" className="govuk-hint">
          People near it find it by the postcode. Leave these empty if it is not at an address.
        </div>
        <TextInput
          name="addressLine1"
          label="Building and street"
          autoComplete="off"
          defaultValue={values?.addressLine1}
          error={errorFor(errors, 'addressLine1')}
        />
        <TextInput
          name="addressLine2"
          label="Building and street line 2 (optional)"
          autoComplete="off"
          defaultValue={values?.addressLine2}
          error={errorFor(errors, 'addressLine2')}
        />
        <TextInput
          name="town"
          label="Town or city"
          widthClass="govuk-!-width-two-thirds"
          autoComplete="off"
          defaultValue={values?.town}
          error={errorFor(errors, 'town')}
        />
        <TextInput
          name="postcode"
          label="Postcode"
          widthClass="govuk-input--width-10"
          autoComplete="off"
          defaultValue={values?.postcode}
          error={errorFor(errors, 'postcode')}
        />
      </fieldset>
      <OpeningTimes values={values} errors={errors} />
      <Textarea
        name="hours"
        label="Or describe when it is open (optional)"
        hint="For example: by appointment, or the first Tuesday of each month. Use this as well as the times if it helps."
        value={values?.hours}
        error={errorFor(errors, 'hours')}
        rows={2}
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
