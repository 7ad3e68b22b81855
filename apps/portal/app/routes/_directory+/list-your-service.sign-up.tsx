import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { BackLink } from '~/components/BackLink'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios, Textarea, choicesFrom } from '~/components/FormFields'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { validateForm } from '~/.server/forms'
import { refuse, takeRefusal } from '~/.server/refusals'
import { LISTER_KIND_LABELS } from './__listing-words'
import { ORGANISATION_FIELDS, OrganisationFormSchema, signUpOrganisation } from './listings.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Sign up your organisation')

const ROUTE = 'routes/_directory+/list-your-service.sign-up' as const

export async function loader({ request }: LoaderFunctionArgs) {
  const { context } = await authoriseSignedIn(request, ROUTE)
  return json({ refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context) })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const outcome = validateForm(OrganisationFormSchema, form, [...ORGANISATION_FIELDS])
  const refusing = { request, context, requestState: requestContext.requestState }
  if (!outcome.ok) return refuse(refusing, { errors: outcome.errors, values: outcome.values })
  const signed = await signUpOrganisation(context, viewer, outcome.data, new Date())
  if (!signed.ok) {
    const errors = signed.errors.map(({ path, message }) => ({
      field: path === 'website' ? 'website' : 'name',
      message,
    }))
    return refuse(refusing, { errors, values: Object.fromEntries(form) as Record<string, string> })
  }
  return redirect(`/list-your-service/${signed.value.organization.id}/new`)
}

export default function SignUpOrganisation() {
  const { refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
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
