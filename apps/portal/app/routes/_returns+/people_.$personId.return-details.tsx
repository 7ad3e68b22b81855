import { hasRole } from '~/.server/auth/roles'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { DateInput } from '~/components/DateInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios, Select } from '~/components/FormFields'
import { SuccessBanner } from '~/components/SuccessBanner'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { auditedChange } from '~/.server/audited-change'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { todayInEngland } from '../_self-assessment+/self-assessment.server'
import { offListValues, readReturnDetailsForm, requirePersonForReturns, returnDetailsValues } from './returns.server'
import { RETURN_DETAIL_CHOICES } from './__return-choices'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

const ROUTE = 'routes/_returns+/people_.$personId.return-details' as const

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Details for the national returns: ${data.person}` : 'Details for the national returns')

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const person = await requirePersonForReturns(context, viewer, params.personId ?? '')
  const { people, shortTermSupport, audit } = context.database.repos
  await audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'person.return-details.read',
    personId: person.id,
    resource: `person:${person.id}`,
  })
  const details = await people.returnDetails(person.id)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    person: person.displayName,
    personId: person.id,
    values: returnDetailsValues(details),
    offList: offListValues(details),
    saved: new URL(request.url).searchParams.has('saved'),
    shortTermCount: (await shortTermSupport.listForPerson(person.id)).length,
    isAdmin: hasRole(viewer, 'council-admin'),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const person = await requirePersonForReturns(context, viewer, params.personId ?? '')
  const now = new Date()
  const read = readReturnDetailsForm(form, todayInEngland(now))
  if (!read.ok) {
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      { errors: read.errors, values: read.values },
    )
  }
  // The details and their audit entry, naming the fields given, in one transaction.
  const saved = await auditedChange(
    context,
    (repos) => repos.people.updateReturnDetails(person.id, read.data, { actorUserId: viewer.id, now }),
    () => ({
      at: now,
      actorUserId: viewer.id,
      action: 'person.return-details.update',
      personId: person.id,
      resource: `person:${person.id}`,
      detail: { fields: Object.entries(read.data).flatMap(([field, value]) => (value === undefined ? [] : [field])) },
    }),
  )
  if (!saved.ok) {
    requestContext.requestState.formHasErrors = true
    const errors = saved.errors.map((error) => ({ field: error.path, message: error.message }))
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      { errors, values: Object.fromEntries(form.entries()) as Record<string, string> },
    )
  }
  return new Response(null, { status: 303, headers: { Location: `/people/${person.id}/return-details?saved` } })
}

export default function ReturnDetails() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.values ?? data.values
  const select = (name: keyof typeof RETURN_DETAIL_CHOICES, label: string, hint?: string) => (
    <Select
      name={name}
      label={label}
      hint={hint}
      choices={RETURN_DETAIL_CHOICES[name]}
      placeholder="Not known yet"
      value={values[name]}
      error={errorFor(errors, name)}
    />
  )
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={data.isAdmin ? '/admin/client-level-data' : `/people/${data.personId}`} className="govuk-back-link">
          {data.isAdmin ? 'Back to the Client Level Data return' : 'Back to the record'}
        </a>
        {data.saved && !errors ? <SuccessBanner>The details have been saved.</SuccessBanner> : null}
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{data.person}</span>
        <h1 className="govuk-heading-l">Details for the national returns</h1>
        <p className="govuk-body">
          The Client Level Data return sends these to NHS England each quarter. Leave a field as &ldquo;Not known
          yet&rdquo; rather than guess: the return names what is missing.
        </p>
        {data.offList.length > 0 ? (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <div className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              {data.offList.map((line) => (
                <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1" key={line}>
                  {line}
                </p>
              ))}
            </div>
          </div>
        ) : null}
        <Form method="post" noValidate>
          <CsrfInput />
          <TextInput
            name="nhsNumber"
            label="NHS number"
            hint="10 digits, like 943 476 5919"
            defaultValue={values.nhsNumber}
            error={errorFor(errors, 'nhsNumber')}
            widthClass="govuk-input--width-10"
            spellCheck={false}
          />
          {select('gender', 'Gender')}
          {select('ethnicity', 'Ethnic group', 'As the person describes it.')}
          <TextInput
            name="postcode"
            label="Postcode"
            defaultValue={values.postcode}
            error={errorFor(errors, 'postcode')}
            widthClass="govuk-input--width-10"
            autoComplete="off"
          />
          {select('primarySupportReason', 'Primary support reason')}
          {select('accommodationStatus', 'Accommodation status')}
          {select('employmentStatus', 'Employment status')}
          <Radios
            name="hasUnpaidCarer"
            legend="Does the person have an unpaid carer?"
            choices={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
              { value: 'unknown', label: 'Not known yet' },
            ]}
            value={values.hasUnpaidCarer}
            error={errorFor(errors, 'hasUnpaidCarer')}
            inline
          />
          {select('clientFundingStatus', 'Client funding status')}
          <DateInput
            name="dateOfDeath"
            legend="Date of death, if the person has died"
            hint="For example, 3 9 2026. Leave empty otherwise."
            error={errorFor(errors, 'dateOfDeathDay')}
            values={values}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Save the details
          </button>
        </Form>
        <h2 className="govuk-heading-m">Short-term support</h2>
        <p className="govuk-body">
          <a className="govuk-link" href={`/people/${data.personId}/short-term-support`}>
            Short-term support such as reablement ({data.shortTermCount} recorded)
          </a>
        </p>
      </div>
    </div>
  )
}
