import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { DateInput } from '~/components/DateInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios, Textarea } from '~/components/FormFields'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { authorise } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { referralFlood } from '~/.server/flood-limit'
import { withArrival } from '../_work+/work-arrival.server'
import { readReferralForm } from './referral-form.server'
import { refuse, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Ask for help with care and support')

const ROUTE = 'routes/_referrals+/ask-for-help' as const

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authorise(request, ROUTE)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    signedIn: viewer ? { displayName: viewer.displayName, email: viewer.email } : null,
  })
}

/**
 * Issue 18, "Nothing lands nowhere": a request for help, from anyone (a relative, a GP or a neighbour has no
 * account), is stored with its work item in the front door's queue and its audit entry, in one transaction. Beyond
 * the hourly limit for one address it is still taken in, never refused, but marked as a possible flood.
 */
export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authorise(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const read = readReferralForm(form)
  if (!read.ok) {
    return refuse(
      { request, context, requestState: requestContext.requestState },
      { errors: read.errors, values: read.values },
    )
  }
  const now = new Date()
  const { referral } = read
  const floodGroup = await referralFlood.count(context, requestContext.clientAddress, now)
  const stored = await context.database.withAudit(
    (repos) =>
      withArrival(
        context,
        repos.referrals.record(
          { kind: referral.kind, details: referral, raisedByUserId: viewer?.id ?? null, floodGroup },
          now,
        ),
        (made) => ({
          kind: 'referral',
          personId: null,
          subject: `referral:${made.id}`,
          actorUserId: viewer?.id ?? null,
        }),
        now,
      ),
    (made) =>
      made.ok
        ? {
            at: now,
            actorUserId: viewer?.id ?? null,
            action: 'referral.create',
            personId: null,
            resource: `referral:${made.value.reference}`,
            detail: { kind: referral.kind, ...(floodGroup ? { floodGroup } : {}) },
          }
        : undefined,
  )
  if (!stored.ok) throw new Error('A checked request for help was refused by the database')
  return redirect(`/ask-for-help/sent?reference=${encodeURIComponent(stored.value.reference)}`)
}

export default function AskForHelp() {
  const { signedIn, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.values ?? {}
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Ask for help with care and support</h1>
        <p className="govuk-body">
          Tell us who needs help and what with. You can ask for yourself, for someone else, or as someone who looks
          after a relative or friend (a carer). You do not need an account. Our adult social care team will read it and
          get in touch.
        </p>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            If someone is in immediate danger, call 999. If you think an adult is being abused or neglected,{' '}
            <a className="govuk-link" href="/report-a-concern">
              report a concern
            </a>
            .
          </strong>
        </div>
        <Form method="post" noValidate>
          <CsrfInput />
          <Radios
            name="kind"
            legend="Who is the help for?"
            legendSize="m"
            value={values.kind}
            error={errorFor(errors, 'kind')}
            choices={[
              { value: 'self', label: 'For me' },
              {
                value: 'someone-else',
                label: 'For someone else',
                hint: 'For example, a relative, a neighbour or a patient',
              },
              {
                value: 'carer',
                label: 'For me, as a carer',
                hint: 'You look after someone and need support yourself (a carer’s assessment)',
              },
            ]}
          />
          <h2 className="govuk-heading-m">The person who needs help</h2>
          <p className="govuk-body">If you are a carer, tell us about the person you look after.</p>
          <TextInput
            name="personName"
            label="Their full name"
            autoComplete="off"
            spellCheck={false}
            defaultValue={values.personName}
            error={errorFor(errors, 'personName')}
          />
          <DateInput
            name="dateOfBirth"
            legend="Their date of birth (if you know it)"
            hint="For example, 27 3 1950"
            values={values}
            error={errorFor(errors, 'dateOfBirthDay')}
          />
          <Textarea
            name="address"
            label="Their address (if you know it)"
            rows={3}
            value={values.address}
            error={errorFor(errors, 'address')}
          />
          <TextInput
            name="personContact"
            label="Their phone number or email address (if they have one)"
            spellCheck={false}
            defaultValue={values.personContact}
            error={errorFor(errors, 'personContact')}
          />
          <Textarea
            name="helpNeeded"
            label="What help is needed?"
            hint="In your own words: what is difficult day to day, and what has changed."
            rows={6}
            value={values.helpNeeded}
            error={errorFor(errors, 'helpNeeded')}
          />
          <h2 className="govuk-heading-m">If you are asking for someone else</h2>
          <Radios
            name="consent"
            legend="Do they know you are asking, and agree to it?"
            inline
            value={values.consent}
            error={errorFor(errors, 'consent')}
            choices={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
          />
          <Textarea
            name="noConsentReason"
            label="If not, why are you asking without their agreement?"
            hint="For example, they cannot understand or decide this for themselves at the moment."
            rows={3}
            value={values.noConsentReason}
            error={errorFor(errors, 'noConsentReason')}
          />
          <h2 className="govuk-heading-m">About you</h2>
          <p className="govuk-body">
            {signedIn
              ? 'You are signed in, so we have filled in your details. Change them if you need to.'
              : 'If you are asking for someone else, or as a carer, tell us how to reach you.'}
          </p>
          <TextInput
            name="referrerName"
            label="Your name"
            autoComplete="name"
            spellCheck={false}
            defaultValue={values.referrerName ?? signedIn?.displayName}
            error={errorFor(errors, 'referrerName')}
          />
          <TextInput
            name="referrerContact"
            label="Your phone number or email address"
            spellCheck={false}
            defaultValue={values.referrerContact ?? signedIn?.email}
            error={errorFor(errors, 'referrerContact')}
          />
          <TextInput
            name="referrerRelationship"
            label="How do you know them? (optional)"
            hint="For example, their daughter, their GP, or a neighbour"
            defaultValue={values.referrerRelationship}
            error={errorFor(errors, 'referrerRelationship')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Send the request
          </button>
        </Form>
      </div>
    </div>
  )
}
