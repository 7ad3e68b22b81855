import { withClosing } from '../_work+/work-arrival.server'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { decideSection42, section42Questions } from '@open-sds/safeguarding'
import { Radios, Select, Textarea } from '~/components/FormFields'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { concernAuditEntry, concernNotFound, fieldErrors, formValues, loadConcern } from './safeguarding.server'
import { auditedChange } from '~/.server/audited-change'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Section 42 decision for ${data.reference}` : 'Section 42 decision')

const ROUTE = 'routes/_safeguarding+/safeguarding_.concerns.$reference.section-42' as const
const CONDITIONS = ['careAndSupportNeeds', 'abuseOrNeglect', 'unableToProtectSelf'] as const
const FIELDS = CONDITIONS.flatMap((condition) => [`${condition}Answer`, `${condition}Reason`]).concat([
  'otherwise',
  'closeRoute',
  'otherwiseReason',
])

const CLOSE_ROUTES = [
  { value: 'advice-and-information', label: 'Advice and information' },
  { value: 'signposting', label: 'Signposting to other help' },
  { value: 'needs-assessment', label: 'Needs assessment' },
  { value: 'carers-assessment', label: "Carer's assessment" },
  { value: 'referral-to-another-agency', label: 'Referral to another agency' },
  { value: 'no-further-action', label: 'No further action' },
  { value: 'other', label: 'Other' },
]

const fieldForPath = (path: string): string => {
  const [first, second] = path.split('.')
  if (first && (CONDITIONS as readonly string[]).includes(first))
    return `${first}${second === 'reason' ? 'Reason' : 'Answer'}`
  if (first === 'otherwise')
    return second === 'route' ? 'closeRoute' : second === 'reason' ? 'otherwiseReason' : 'otherwise'
  return first ?? 'otherwise'
}

async function load(request: Request, reference: string) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const concern = await loadConcern(context, viewer, request, reference)
  // Once an enquiry is open, the decision that led to it stands.
  if (await context.database.repos.safeguarding.findEnquiryForConcern(concern.id)) throw concernNotFound()
  return { context, viewer, concern }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, concern } = await load(request, params.reference ?? '')
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    reference: concern.reference,
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer, concern } = await load(request, params.reference ?? '')
  const form = await readProtectedForm(request, context)
  const values = formValues(form)
  const condition = (name: (typeof CONDITIONS)[number]) => ({
    answer: values[`${name}Answer`],
    reason: values[`${name}Reason`],
  })
  const anyNo = CONDITIONS.some((name) => values[`${name}Answer`] === 'no')
  const otherwise =
    !anyNo || !values.otherwise
      ? undefined
      : values.otherwise === 'close'
        ? { kind: 'close', route: values.closeRoute || undefined, reason: values.otherwiseReason }
        : { kind: values.otherwise, reason: values.otherwiseReason }
  const decided = decideSection42(
    {
      concernReference: concern.reference,
      decidedBy: viewer.displayName,
      careAndSupportNeeds: condition('careAndSupportNeeds'),
      abuseOrNeglect: condition('abuseOrNeglect'),
      unableToProtectSelf: condition('unableToProtectSelf'),
      ...(otherwise ? { otherwise } : {}),
    },
    { now: new Date() },
  )
  if (!decided.ok) {
    requestContext.requestState.formHasErrors = true
    const errors = fieldErrors(decided.errors, fieldForPath).sort(
      (a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field),
    )
    return refuseForm({ request, context, requestState: requestContext.requestState }, { errors, values })
  }
  const stored = await auditedChange(
    context,
    (repos) =>
      withClosing(
        context,
        repos.safeguarding.recordSection42Decision(
          {
            concernId: concern.id,
            decidedByUserId: viewer.id,
            outcome: decided.value.outcome,
            decision: decided.value,
          },
          new Date(decided.value.decidedAt),
        ),
        { subject: `safeguarding-concern:${concern.id}`, personId: concern.personId, actorUserId: viewer.id },
        new Date(decided.value.decidedAt),
      ),
    () => concernAuditEntry(viewer, concern, 'safeguarding-section42.decide', { outcome: decided.value.outcome }),
  )
  if (!stored.ok) {
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      {
        errors: stored.errors.map((error) => ({ field: 'careAndSupportNeedsAnswer', message: error.message })),
        values,
      },
    )
  }
  return redirect(`/safeguarding/concerns/${concern.reference}${decided.value.outcome === 'closed' ? '' : '/enquiry'}`)
}

export default function Section42Decision() {
  const { reference, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.values ?? {}
  const questions: Array<[(typeof CONDITIONS)[number], string]> = [
    ['careAndSupportNeeds', `1. Care and support needs: ${section42Questions.careAndSupportNeeds}`],
    ['abuseOrNeglect', `2. Abuse or neglect: ${section42Questions.abuseOrNeglect}`],
    ['unableToProtectSelf', `3. Unable to protect themselves: ${section42Questions.unableToProtectSelf}`],
  ]
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={`/safeguarding/concerns/${reference}`} className="govuk-back-link">
          Back to the concern
        </a>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{reference}</span>
        <h1 className="govuk-heading-l">Section 42 decision</h1>
        <p className="govuk-body">
          The Care Act 2014, section 42, requires an enquiry when there is reasonable cause to suspect all three of the
          following. Record each decision with its reason.
        </p>
        <Form method="post" noValidate>
          <CsrfInput />
          {questions.map(([name, question]) => (
            <div key={name}>
              <Radios
                name={`${name}Answer`}
                legend={question}
                inline
                value={values[`${name}Answer`]}
                error={errorFor(errors, `${name}Answer`)}
                choices={[
                  { value: 'yes', label: 'Yes' },
                  { value: 'no', label: 'No' },
                ]}
              />
              <Textarea
                name={`${name}Reason`}
                label="Reason"
                rows={3}
                value={values[`${name}Reason`]}
                error={errorFor(errors, `${name}Reason`)}
              />
            </div>
          ))}
          <h2 className="govuk-heading-m">If not all three are met</h2>
          <Radios
            name="otherwise"
            legend="What happens next?"
            hint="Only needed when the answer to at least one question is no."
            value={values.otherwise}
            error={errorFor(errors, 'otherwise')}
            choices={[
              {
                value: 'other-enquiry',
                label: 'An enquiry that is not under section 42',
                hint: 'The duty does not apply, but an enquiry is proportionate',
              },
              { value: 'close', label: 'Close the concern', hint: 'With advice, signposting or another route' },
            ]}
          />
          <Select
            name="closeRoute"
            label="If closing, how"
            choices={[{ value: '', label: 'Choose how' }, ...CLOSE_ROUTES]}
            value={values.closeRoute}
            error={errorFor(errors, 'closeRoute')}
          />
          <Textarea
            name="otherwiseReason"
            label="Reason for what happens next"
            rows={3}
            value={values.otherwiseReason}
            error={errorFor(errors, 'otherwiseReason')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Record the decision
          </button>
        </Form>
      </div>
    </div>
  )
}
