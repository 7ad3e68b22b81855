import { withArrival } from '../_work+/work-arrival.server'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { ageBands } from '@open-sds/safeguarding'
import { Checkboxes, Radios, Select, Textarea } from '~/components/FormFields'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { authorise } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { readConcernForm } from './concern-form.server'
import { peopleFor } from '~/.server/people'
import { SOMEONE_ELSE, abuseTypeChoices, locationChoices } from './__safeguarding-choices'
import { concernAuditEntry } from './safeguarding.server'
import { concernFlood } from '~/.server/flood-limit'
import { queueConcernReceipt } from '~/.server/notify/concern-receipt'
import { refuse, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Report a concern about an adult')

const ROUTE = 'routes/_safeguarding+/report-a-concern' as const

const RELATIONSHIPS = [
  { value: 'not-known', label: 'I would rather not say' },
  { value: 'the-adult-themselves', label: 'I am the person at risk' },
  { value: 'family-member', label: 'Family member' },
  { value: 'friend-or-neighbour', label: 'Friend or neighbour' },
  { value: 'member-of-the-public', label: 'Member of the public' },
  { value: 'care-provider', label: 'Care provider' },
  { value: 'health-professional', label: 'Health professional' },
  { value: 'social-care-staff', label: 'Social care staff' },
  { value: 'police', label: 'Police' },
  { value: 'housing', label: 'Housing' },
  { value: 'other-professional', label: 'Another professional' },
  { value: 'other', label: 'Other' },
]

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authorise(request, ROUTE)
  const people = viewer ? await peopleFor(context, viewer, new Date()) : []
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    signedIn: viewer
      ? { displayName: viewer.displayName, email: viewer.email, staff: viewer.role !== 'citizen' }
      : null,
    people: people.map((person) => ({ id: person.id, displayName: person.displayName })),
    childrensServices: context.site.branding.contact.childrensServices ?? null,
  })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authorise(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const now = new Date()
  const reachable = viewer ? await context.database.repos.people.listForUser(viewer.id) : []
  const read = await readConcernForm(context, form, viewer, reachable, now)
  if (!read.ok) {
    return refuse(
      { request, context, requestState: requestContext.requestState },
      { errors: read.errors, values: read.values },
    )
  }
  const { concern } = read
  // Beyond the hourly limit for this address the concern is still stored, never refused, but marked for triage.
  const floodGroup = await concernFlood.count(context, requestContext.clientAddress, now)
  const record = {
    reference: concern.reference,
    receivedAt: now,
    receivedOn: concern.receivedOn,
    personId: concern.adultAtRisk.personId ?? null,
    ageBand: concern.ageBand,
    dateOfBirth: concern.adultAtRisk.dateOfBirth ?? null,
    typesOfAbuse: concern.typesOfAbuse,
    locationOfRisk: concern.locationOfRisk ?? null,
    sourceOfRisk: concern.sourceOfRisk ?? null,
    // A concern about someone not on record is always followed up, even when the description names them.
    needsFollowUp: concern.needsFollowUp || !concern.adultAtRisk.personId,
    raisedByUserId: viewer?.id ?? null,
    concern,
    floodGroup,
  }
  const stored = await context.database.withAudit(
    (repos) =>
      withArrival(
        context,
        repos.safeguarding.recordConcern(record),
        (made) => ({
          kind: 'safeguarding-concern',
          personId: made.personId,
          subject: `safeguarding-concern:${made.id}`,
          actorUserId: viewer?.id ?? null,
        }),
        now,
      ).then(async (made) => {
        // The reporter's receipt is written with the concern (issue 15), when they left an address to send it to.
        const contact = concern.raisedBy.anonymous ? undefined : concern.raisedBy.contact
        if (made.ok)
          await queueConcernReceipt(repos, { reference: concern.reference, contact, userId: viewer?.id }, now)
        return made
      }),
    (made) =>
      made.ok
        ? concernAuditEntry(viewer, made.value, 'safeguarding-concern.create', floodGroup ? { floodGroup } : {})
        : undefined,
  )
  if (!stored.ok)
    throw new Error(
      `A checked concern was refused by the database: ${stored.errors.map((error) => error.message).join('; ')}`,
    )
  // The reporter said the person is under 18: the confirmation says where a concern about a child should also go.
  const child = concern.ageBand === 'under-18' ? '&child=1' : ''
  return redirect(`/report-a-concern/sent?reference=${encodeURIComponent(concern.reference)}${child}`)
}

export default function ReportAConcern() {
  const { signedIn, people, childrensServices, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.values ?? {}
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Report a concern about an adult</h1>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            If someone is in immediate danger, call 999 now.
          </strong>
        </div>
        <p className="govuk-body">
          Tell us if you think an adult is being abused or neglected, or is at risk of it. You do not need an account,
          and you do not need to be sure. Tell us what you know: we will take the concern in even if you do not know who
          the person is.
        </p>
        <Form method="post" noValidate>
          <CsrfInput />
          <h2 className="govuk-heading-m">Who you are worried about</h2>
          {signedIn && people.length > 0 ? (
            <Radios
              name="aboutWho"
              legend="Who is the concern about?"
              value={values.aboutWho ?? SOMEONE_ELSE}
              error={errorFor(errors, 'aboutWho')}
              choices={[
                ...people.map((person) => ({ value: person.id, label: person.displayName })),
                { value: SOMEONE_ELSE, label: 'Someone else' },
              ]}
            />
          ) : null}
          <TextInput
            name="personName"
            label="Their name (if you know it)"
            hint={signedIn && people.length > 0 ? 'Only if the concern is about someone else' : undefined}
            defaultValue={values.personName}
            error={errorFor(errors, 'personName')}
            spellCheck={false}
          />
          <Textarea
            name="personAddress"
            label="Where they live or can be found (if you know)"
            rows={2}
            value={values.personAddress}
            error={errorFor(errors, 'personAddress')}
          />
          <Textarea
            name="otherDetails"
            label="Anything else that would help us find them (if you know)"
            hint="For example, where you see them, or what they look like."
            rows={2}
            value={values.otherDetails}
            error={errorFor(errors, 'otherDetails')}
          />
          <Radios
            name="ageBand"
            legend="About how old are they?"
            hint={
              childrensServices
                ? `This form is for adults. If they are under 18, also contact ${childrensServices.name} on ${childrensServices.phone}. You can still tell us here.`
                : undefined
            }
            value={values.ageBand ?? 'unknown'}
            error={errorFor(errors, 'ageBand')}
            choices={ageBands.entries.map((band) => ({
              value: band.id,
              label: band.id === 'unknown' ? 'I do not know' : band.id === 'under-18' ? 'Under 18' : band.label,
            }))}
          />
          <h2 className="govuk-heading-m">What is happening</h2>
          <Textarea
            name="whatHappened"
            label="What happened, or what are you worried might happen?"
            hint="Say when and where, if you can."
            rows={6}
            value={values.whatHappened}
            error={errorFor(errors, 'whatHappened')}
          />
          <Checkboxes
            name="typesOfAbuse"
            legend="What kind of harm is it? (if you can say)"
            hint="Select all that apply. Leave this blank if you are not sure."
            values={values.typesOfAbuse?.split(',')}
            error={errorFor(errors, 'typesOfAbuse')}
            choices={abuseTypeChoices}
          />
          <Select
            name="locationOfRisk"
            label="Where is it happening? (if you know)"
            choices={locationChoices}
            value={values.locationOfRisk}
            error={errorFor(errors, 'locationOfRisk')}
          />
          <Radios
            name="inImmediateDanger"
            legend="Is the person in immediate danger?"
            inline
            value={values.inImmediateDanger}
            error={errorFor(errors, 'inImmediateDanger')}
            choices={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
              { value: 'not-known', label: 'I do not know' },
            ]}
          />
          <Textarea
            name="actionsTaken"
            label="Has anything been done to keep them safe? (optional)"
            hint="For example, you called the police or an ambulance."
            rows={3}
            value={values.actionsTaken}
            error={errorFor(errors, 'actionsTaken')}
          />
          <h2 className="govuk-heading-m">About you</h2>
          {signedIn ? (
            <p className="govuk-body">
              You are signed in, so we have filled in your details. Change them if you need to.
            </p>
          ) : (
            <Radios
              name="anonymous"
              legend="Do you want to give your name?"
              hint="You can stay anonymous. If you give your name and a way to contact you, we can ask you more if we need to."
              value={values.anonymous}
              error={errorFor(errors, 'anonymous')}
              choices={[
                { value: 'no', label: 'Yes, I will give my name' },
                { value: 'yes', label: 'No, I want to stay anonymous' },
              ]}
            />
          )}
          <TextInput
            name="raiserName"
            label="Your name"
            hint={`We send a receipt with the reference to an email address or UK mobile number.${
              signedIn ? '' : ' Leave blank if you want to stay anonymous.'
            }`}
            autoComplete="name"
            spellCheck={false}
            defaultValue={values.raiserName ?? signedIn?.displayName}
            error={errorFor(errors, 'raiserName')}
          />
          <TextInput
            name="raiserContact"
            label="Phone number or email address"
            hint={`We send a receipt with the reference to an email address or UK mobile number.${
              signedIn ? '' : ' Leave blank if you want to stay anonymous.'
            }`}
            defaultValue={values.raiserContact ?? signedIn?.email}
            error={errorFor(errors, 'raiserContact')}
            spellCheck={false}
          />
          <Select
            name="relationship"
            label="How do you know the person?"
            choices={RELATIONSHIPS}
            value={values.relationship ?? (signedIn?.staff ? 'social-care-staff' : 'not-known')}
            error={errorFor(errors, 'relationship')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Send the concern
          </button>
        </Form>
      </div>
    </div>
  )
}
