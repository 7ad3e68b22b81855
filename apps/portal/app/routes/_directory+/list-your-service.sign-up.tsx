import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData } from '@remix-run/react'
import { BackLink } from '~/components/BackLink'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios, Textarea, choicesFrom } from '~/components/FormFields'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { validateForm } from '~/.server/forms'
import { LISTER_KIND_LABELS } from './__listing-words'
import { ORGANISATION_FIELDS, OrganisationFormSchema, signUpOrganisation } from './listings.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Sign up your organisation')

const ROUTE = 'routes/_directory+/list-your-service.sign-up' as const

export async function loader({ request }: LoaderFunctionArgs) {
  await authoriseSignedIn(request, ROUTE)
  return null
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const outcome = validateForm(OrganisationFormSchema, form, [...ORGANISATION_FIELDS])
  if (!outcome.ok) {
    requestContext.requestState.formHasErrors = true
    return json({ errors: outcome.errors, values: outcome.values }, { status: 400 })
  }
  const signed = await signUpOrganisation(context, viewer, outcome.data, new Date())
  if (!signed.ok) {
    requestContext.requestState.formHasErrors = true
    const errors = signed.errors.map(({ path, message }) => ({
      field: path === 'website' ? 'website' : 'name',
      message,
    }))
    return json({ errors, values: Object.fromEntries(form) as Record<string, string> }, { status: 400 })
  }
  return redirect(`/list-your-service/${signed.value.organization.id}/new`)
}

export default function SignUpOrganisation() {
  const result = useActionData<typeof action>()
  const errors = result?.errors
  const values = result?.values
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Sign up your organisation</h1>
        <p className="govuk-body">
          Tell us about the organisation that runs the services. Its name and what it does are shown with each of its
          services once the council has checked them.
        </p>
        <Form method="post" noValidate>
          <CsrfInput />
          <TextInput
            name="name"
            label="Name of your organisation"
            defaultValue={values?.name}
            error={errorFor(errors, 'name')}
          />
          <Radios
            name="kind"
            legend="What kind of organisation is it?"
            choices={choicesFrom(LISTER_KIND_LABELS)}
            value={values?.kind}
            error={errorFor(errors, 'kind')}
          />
          <Textarea
            name="description"
            label="What does your organisation do?"
            value={values?.description}
            error={errorFor(errors, 'description')}
          />
          <TextInput
            name="email"
            type="email"
            label="Email address for the organisation (optional)"
            hint="A shared mailbox rather than a person’s own address: it is published."
            autoComplete="email"
            spellCheck={false}
            defaultValue={values?.email}
            error={errorFor(errors, 'email')}
          />
          <TextInput
            name="website"
            label="Website (optional)"
            spellCheck={false}
            defaultValue={values?.website}
            error={errorFor(errors, 'website')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Sign up
          </button>
        </Form>
        <BackLink href="/list-your-service">Back to your services</BackLink>
      </div>
    </div>
  )
}
