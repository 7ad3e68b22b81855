import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import {
  ConcernSchema,
  Section42DecisionSchema,
  enquiryHistoryLabel,
  openEnquiry,
  outcomesAchievedLabels,
  riskOutcomeRow,
  riskOutcomeRows,
  riskResultRow,
  riskResultRows,
  supportedByLabels,
  transitionEnquiry,
  type DesiredOutcomes,
  type Enquiry,
  type EnquiryEvent,
  type Issue,
  type RiskOutcome,
} from '@open-sds/safeguarding'
import { Checkboxes, choicesFrom, Radios, Select, Textarea } from '~/components/FormFields'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { changeEnquiry, enquiryOf, openEnquiryFor } from './enquiries.server'
import { abuseTypeChoices, locationChoices, sourceChoices } from './__safeguarding-choices'
import {
  abuseTypeLabel,
  concernAuditEntry,
  concernNotFound,
  fieldErrors,
  formValues,
  loadConcern,
  locationLabel,
  sourceLabel,
} from './safeguarding.server'
import { auditedChange } from '~/.server/audited-change'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Enquiry for ${data.reference}` : 'Enquiry')

const ROUTE = 'routes/_safeguarding+/safeguarding_.concerns.$reference.enquiry' as const
const FIELDS = [
  'desiredAsked',
  'desiredExpressed',
  'whyNotAsked',
  'capacity',
  'capacityDecision',
  'advocateOffered',
  'advocateProvided',
  'supportedBy',
  'typesOfAbuse',
  'locationOfRisk',
  'sourceOfRisk',
]

const fieldForPath = (path: string): string => {
  if (path.startsWith('desiredOutcomes.whyNotAsked')) return 'whyNotAsked'
  if (path.startsWith('desiredOutcomes.expressed')) return 'desiredExpressed'
  if (path.startsWith('desiredOutcomes')) return 'desiredAsked'
  if (path.startsWith('mentalCapacity.decision')) return 'capacityDecision'
  if (path.startsWith('mentalCapacity')) return 'capacity'
  if (path.startsWith('advocacy.advocateProvided')) return 'advocateProvided'
  if (path.startsWith('advocacy.supportedBy')) return 'supportedBy'
  if (path.startsWith('advocacy')) return 'advocateOffered'
  if (path.startsWith('risk.typesOfAbuse')) return 'typesOfAbuse'
  if (path.startsWith('risk.locationOfRisk')) return 'locationOfRisk'
  if (path.startsWith('risk.sourceOfRisk')) return 'sourceOfRisk'
  return 'desiredAsked'
}

function desiredText(desired: DesiredOutcomes | undefined): string {
  if (desired === undefined) return 'Not yet recorded'
  if (desired.asked === 'dont-know') return "Don't know whether the person was asked"
  if (desired.asked) return desired.expressed ?? 'Asked; no outcomes expressed'
  return `Not asked: ${desired.whyNotAsked}`
}

/** The outcome in the collection's words: the finding with the action, and what became of a risk found. */
function riskOutcomeText(outcome: RiskOutcome): string {
  const row = riskOutcomeRows.find((entry) => entry.id === riskOutcomeRow(outcome))?.label ?? ''
  const result = riskResultRow(outcome)
  return result === null
    ? row
    : `${row}; ${riskResultRows.find((entry) => entry.id === result)?.label.toLowerCase() ?? ''}`
}

/** The changes this submission asks for, in the order a practitioner fills the form in. */
function eventsFrom(values: Record<string, string>, form: FormData, current: Enquiry): EnquiryEvent[] {
  const events: EnquiryEvent[] = []
  if (values.desiredAsked === 'yes')
    events.push({
      type: 'record-desired-outcomes',
      desiredOutcomes: { asked: true, ...(values.desiredExpressed ? { expressed: values.desiredExpressed } : {}) },
    })
  if (values.desiredAsked === 'no')
    events.push({
      type: 'record-desired-outcomes',
      desiredOutcomes: { asked: false, whyNotAsked: values.whyNotAsked ?? '' },
    })
  if (values.desiredAsked === 'dont-know')
    events.push({ type: 'record-desired-outcomes', desiredOutcomes: { asked: 'dont-know' } })
  if (values.capacity) {
    events.push({
      type: 'record-mental-capacity',
      mentalCapacity:
        values.capacity === 'lacks-capacity'
          ? { status: 'lacks-capacity', decision: values.capacityDecision ?? '' }
          : ({ status: values.capacity } as never),
    })
  }
  if (values.advocateOffered || values.advocateProvided || values.supportedBy) {
    events.push({
      type: 'record-advocacy',
      advocacy: {
        advocateOffered: values.advocateOffered === 'yes',
        advocateProvided: values.advocateProvided === 'yes',
        supportedBy: (values.supportedBy || undefined) as never,
      },
    })
  }
  const types = form.getAll('typesOfAbuse').filter((value): value is string => typeof value === 'string')
  const risk = {
    ...(types.length > 0 && types.join() !== current.risk.typesOfAbuse.join() ? { typesOfAbuse: types } : {}),
    ...(values.locationOfRisk && values.locationOfRisk !== current.risk.locationOfRisk
      ? { locationOfRisk: values.locationOfRisk }
      : {}),
    ...(values.sourceOfRisk && values.sourceOfRisk !== current.risk.sourceOfRisk
      ? { sourceOfRisk: values.sourceOfRisk }
      : {}),
  }
  if (Object.keys(risk).length > 0) events.push({ type: 'update-risk', risk: risk as never })
  return events
}

/** Applies the events in memory first, so nothing is stored unless all of them are acceptable. */
function tryEvents(start: Enquiry, events: EnquiryEvent[], actor: string, now: Date): Issue[] {
  let enquiry = start
  for (const event of events) {
    const next = transitionEnquiry(enquiry, event, { actor, now, expectedVersion: enquiry.version })
    if (!next.ok) return next.errors
    enquiry = next.value
  }
  return []
}

async function load(request: Request, reference: string) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const concern = await loadConcern(context, viewer, request, reference)
  const { safeguarding } = context.database.repos
  const record = await safeguarding.findEnquiryForConcern(concern.id)
  const decision = await safeguarding.latestSection42Decision(concern.id)
  // No enquiry and none called for: there is nothing at this address.
  if (!record && (!decision || decision.outcome === 'closed')) throw concernNotFound()
  return { context, viewer, concern, record, decision }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, concern, record } = await load(request, params.reference ?? '')
  const enquiry = record ? enquiryOf(record) : undefined
  const events = record ? await context.database.repos.safeguarding.listEnquiryEvents(record.id) : []
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    reference: concern.reference,
    enquiry: enquiry
      ? {
          kind: enquiry.kind === 'section-42' ? 'Section 42 enquiry' : 'Other enquiry',
          status: enquiry.status,
          version: enquiry.version,
          openedOn: enquiry.openedOn,
          desired: desiredText(enquiry.desiredOutcomes),
          capacity: enquiry.mentalCapacity
            ? enquiry.mentalCapacity.status === 'lacks-capacity'
              ? `Lacks capacity to decide: ${enquiry.mentalCapacity.decision}`
              : enquiry.mentalCapacity.status === 'has-capacity'
                ? 'Has capacity'
                : 'Not assessed'
            : 'Not yet recorded',
          advocacy: enquiry.advocacy
            ? `Advocate ${enquiry.advocacy.advocateOffered ? 'offered' : 'not offered'}, ${enquiry.advocacy.advocateProvided ? 'provided' : 'not provided'}; supported by: ${supportedByLabels[enquiry.advocacy.supportedBy].toLowerCase()}`
            : 'Not yet recorded',
          supportedBy: enquiry.advocacy?.supportedBy ?? '',
          types: enquiry.risk.typesOfAbuse,
          typesText: enquiry.risk.typesOfAbuse.map(abuseTypeLabel).join(', ') || 'Not recorded',
          location: enquiry.risk.locationOfRisk ?? '',
          locationText: locationLabel(enquiry.risk.locationOfRisk),
          source: enquiry.risk.sourceOfRisk ?? '',
          sourceText: sourceLabel(enquiry.risk.sourceOfRisk),
          closure:
            enquiry.status === 'closed'
              ? {
                  on: enquiry.closure.closedOn,
                  summary: enquiry.closure.summary ?? null,
                  outcome: riskOutcomeText(enquiry.closure.riskOutcome),
                  action: enquiry.closure.riskOutcome.actionTaken ? (enquiry.closure.riskOutcome.action ?? null) : null,
                  wishesMet: enquiry.closure.outcomesAchieved
                    ? outcomesAchievedLabels[enquiry.closure.outcomesAchieved]
                    : 'Not asked: the person did not say what they wanted to happen',
                }
              : null,
        }
      : null,
    history: events.map((event) => ({
      version: event.version,
      event: enquiryHistoryLabel(event.event),
      at: event.at.toISOString(),
    })),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer, concern, record, decision } = await load(request, params.reference ?? '')
  const form = await readProtectedForm(request, context)
  const values = formValues(form)
  const now = new Date()
  const refuse = (errors: Issue[]) => {
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      {
        errors: fieldErrors(errors, fieldForPath).sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field)),
        values,
      },
    )
  }
  let start: Enquiry
  if (record) {
    if (String(record.version) !== values.version)
      return refuse([
        {
          path: 'desiredOutcomes',
          message:
            'Someone else changed this enquiry while you were working on it: check what they recorded and try again',
        },
      ])
    start = enquiryOf(record)
  } else {
    const trial = openEnquiry(ConcernSchema.parse(concern.concern), Section42DecisionSchema.parse(decision?.decision), {
      now,
      actor: viewer.displayName,
      enquiryId: 'checking',
    })
    if (!trial.ok) return refuse(trial.errors)
    start = trial.value
  }
  const events = eventsFrom(values, form, start)
  const problems = tryEvents(start, events, viewer.displayName, now)
  if (problems.length > 0) return refuse(problems)
  // Opening and each change are stored together with their audit entries, or not at all.
  const stored = await auditedChange(
    context,
    async (repos) => {
      let current = record
      if (!current) {
        const opened = await openEnquiryFor(repos, viewer, concern, now)
        if (!opened.ok) return opened
        current = opened.value
      }
      for (const event of events) {
        const changed = await changeEnquiry(repos, viewer, current, event, now)
        if (!changed.ok) return changed
        current = changed.value
      }
      return { ok: true as const, value: current }
    },
    () => [
      ...(record ? [] : [concernAuditEntry(viewer, concern, 'safeguarding-enquiry.open')]),
      ...(events.length > 0
        ? [concernAuditEntry(viewer, concern, 'safeguarding-enquiry.change', { events: events.map((e) => e.type) })]
        : []),
    ],
  )
  if (!stored.ok) return refuse(stored.errors)
  return redirect(`/safeguarding/concerns/${concern.reference}/enquiry`)
}

export default function EnquiryPage() {
  const { reference, enquiry, history, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.values ?? {}
  const closed = enquiry?.status === 'closed'
  const yesNo = [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
  ]
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={`/safeguarding/concerns/${reference}`} className="govuk-back-link">
          Back to the concern
        </a>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{reference}</span>
        <h1 className="govuk-heading-l">{enquiry ? enquiry.kind : 'Open the enquiry'}</h1>
        {enquiry ? (
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Status</dt>
              <dd className="govuk-summary-list__value">
                {closed
                  ? `Closed ${formatDate(enquiry.closure?.on ?? '')}`
                  : `Open since ${formatDate(enquiry.openedOn)}`}
              </dd>
            </div>
            {enquiry.closure ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Outcome</dt>
                <dd className="govuk-summary-list__value">{enquiry.closure.outcome}</dd>
              </div>
            ) : null}
            {enquiry.closure?.action ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Action taken</dt>
                <dd className="govuk-summary-list__value">{enquiry.closure.action}</dd>
              </div>
            ) : null}
            {enquiry.closure ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Were the outcomes the person wanted achieved?</dt>
                <dd className="govuk-summary-list__value">{enquiry.closure.wishesMet}</dd>
              </div>
            ) : null}
            {enquiry.closure?.summary ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Summary</dt>
                <dd className="govuk-summary-list__value">{enquiry.closure.summary}</dd>
              </div>
            ) : null}
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">What the person wants to happen</dt>
              <dd className="govuk-summary-list__value">{enquiry.desired}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Mental capacity</dt>
              <dd className="govuk-summary-list__value">{enquiry.capacity}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Advocacy</dt>
              <dd className="govuk-summary-list__value">{enquiry.advocacy}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Type of risk</dt>
              <dd className="govuk-summary-list__value">{enquiry.typesText}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Location of risk</dt>
              <dd className="govuk-summary-list__value">{enquiry.locationText}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Source of risk</dt>
              <dd className="govuk-summary-list__value">{enquiry.sourceText}</dd>
            </div>
          </dl>
        ) : (
          <p className="govuk-body">
            Opening the enquiry records that it has started. Ask the person, as early as you can, what they want to
            happen.
          </p>
        )}
        {closed ? null : (
          <Form method="post" noValidate>
            <CsrfInput />
            <input type="hidden" name="version" value={enquiry?.version ?? ''} />
            <h2 className="govuk-heading-m">Making Safeguarding Personal</h2>
            <Radios
              name="desiredAsked"
              legend="Was the person asked what they want to happen?"
              inline
              value={values.desiredAsked}
              error={errorFor(errors, 'desiredAsked')}
              choices={[...yesNo, { value: 'dont-know', label: "Don't know" }]}
            />
            <Textarea
              name="desiredExpressed"
              label="If asked: what they want to happen, in their words"
              hint="Leave blank if they were asked and chose not to say."
              rows={3}
              value={values.desiredExpressed}
              error={errorFor(errors, 'desiredExpressed')}
            />
            <Textarea
              name="whyNotAsked"
              label="If not asked: why not"
              rows={2}
              value={values.whyNotAsked}
              error={errorFor(errors, 'whyNotAsked')}
            />
            <h2 className="govuk-heading-m">Mental capacity and advocacy</h2>
            <Radios
              name="capacity"
              legend="Does the person have capacity to make decisions about this enquiry?"
              value={values.capacity}
              error={errorFor(errors, 'capacity')}
              choices={[
                { value: 'has-capacity', label: 'Yes, they have capacity' },
                { value: 'lacks-capacity', label: 'No, they lack capacity for a decision' },
                { value: 'not-assessed', label: 'Not assessed' },
              ]}
            />
            <Textarea
              name="capacityDecision"
              label="If they lack capacity: which decision"
              hint="Capacity is decision-specific (Mental Capacity Act 2005, section 2)."
              rows={2}
              value={values.capacityDecision}
              error={errorFor(errors, 'capacityDecision')}
            />
            <Radios
              name="advocateOffered"
              legend="Was an independent advocate offered?"
              inline
              value={values.advocateOffered}
              error={errorFor(errors, 'advocateOffered')}
              choices={yesNo}
            />
            <Radios
              name="advocateProvided"
              legend="Was an independent advocate provided?"
              inline
              value={values.advocateProvided}
              error={errorFor(errors, 'advocateProvided')}
              choices={yesNo}
            />
            <Radios
              name="supportedBy"
              legend="Who supported the person in the enquiry?"
              value={values.supportedBy ?? enquiry?.supportedBy ?? ''}
              error={errorFor(errors, 'supportedBy')}
              choices={[{ value: '', label: 'Not recorded yet' }, ...choicesFrom(supportedByLabels)]}
            />
            <h2 className="govuk-heading-m">The risk</h2>
            <Checkboxes
              name="typesOfAbuse"
              legend="Type of abuse or neglect"
              hint="Select all that apply."
              values={values.typesOfAbuse?.split(',') ?? enquiry?.types}
              error={errorFor(errors, 'typesOfAbuse')}
              choices={abuseTypeChoices}
            />
            <Select
              name="locationOfRisk"
              label="Location of risk"
              choices={locationChoices}
              value={values.locationOfRisk ?? enquiry?.location}
              error={errorFor(errors, 'locationOfRisk')}
            />
            <Radios
              name="sourceOfRisk"
              legend="Source of risk"
              choices={sourceChoices}
              value={values.sourceOfRisk ?? enquiry?.source ?? ''}
              error={errorFor(errors, 'sourceOfRisk')}
            />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" data-module="govuk-button">
                {enquiry ? 'Save' : 'Open the enquiry'}
              </button>
              {enquiry ? (
                <a className="govuk-link" href={`/safeguarding/concerns/${reference}/close`}>
                  Close the enquiry
                </a>
              ) : null}
            </div>
          </Form>
        )}
        {history.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">History</h2>
            <p className="govuk-body">Every change is kept as a new version; nothing recorded is overwritten.</p>
            <ol className="govuk-list govuk-list--number">
              {history.map((entry) => (
                <li key={entry.version}>
                  {entry.event}, {formatDate(entry.at)}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
    </div>
  )
}
