import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { TableHead } from '~/components/TableHead'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { ConcernSchema, ageBands, labelOf, type Section42Decision } from '@open-sds/safeguarding'
import { Textarea } from '~/components/FormFields'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { formatDate, formatDateTime } from '~/components/dates'
import { DateInput } from '~/components/DateInput'
import { TextInput } from '~/components/TextInput'
import type { FieldError } from '~/.server/forms'
import { immediateActionsOn, readImmediateAction } from './immediate-actions.server'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import {
  SECTION42_OUTCOME_TEXT,
  abuseTypeLabel,
  concernAuditEntry,
  loadConcern,
  locationLabel,
  sourceLabel,
} from './safeguarding.server'
import { auditedChange } from '~/.server/audited-change'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Concern ${data.reference}` : 'Concern')

const ROUTE = 'routes/_safeguarding+/safeguarding_.concerns.$reference._index' as const

const DANGER_TEXT: Record<string, string> = { yes: 'Yes', no: 'No', 'not-known': 'Not known' }

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const record = await loadConcern(context, viewer, request, params.reference ?? '')
  const { safeguarding, people } = context.database.repos
  // The stored concern is read back through the package's own schema rather than trusted.
  const concern = ConcernSchema.parse(record.concern)
  const decision = await safeguarding.latestSection42Decision(record.id)
  const enquiry = await safeguarding.findEnquiryForConcern(record.id)
  const share = await safeguarding.findShare(record.id)
  const link = await safeguarding.findLink(record.id)
  const linkedBy = link
    ? ((await context.database.repos.users.findById(link.linkedByUserId))?.displayName ?? 'Someone')
    : ''
  const person = record.personId ? await people.findById(record.personId) : undefined
  const decided = decision ? (decision.decision as Section42Decision) : undefined
  const immediateActions = await immediateActionsOn(context, record.id)
  // What has happened to the concern, newest first, in plain words.
  const history = [
    { at: record.receivedAt.toISOString(), what: 'Concern received' },
    ...immediateActions.map((action) => ({
      at: action.recordedAt,
      what: `What was done to keep the person safe now recorded by ${action.recordedBy}: ${action.whatWasDone} (done on ${formatDate(action.doneOn)} by ${action.takenBy})`,
    })),
    ...(decision && decided
      ? [
          {
            at: decision.decidedAt.toISOString(),
            what: `Section 42 decision recorded: ${SECTION42_OUTCOME_TEXT[decided.outcome] ?? decided.outcome}`,
          },
        ]
      : []),
    ...(share ? [{ at: share.sharedAt.toISOString(), what: 'Shared with the person' }] : []),
    ...(link
      ? [
          {
            at: link.linkedAt.toISOString(),
            what: `Linked to ${person?.displayName ?? 'a'}'s record by ${linkedBy} (${link.how === 'created' ? 'a new record made from the concern' : 'found by search'})`,
          },
        ]
      : []),
  ].sort((a, b) => b.at.localeCompare(a.at))
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    reference: record.reference,
    receivedAt: record.receivedAt.toISOString(),
    // Once the concern names a person on record, not knowing who they are is no longer something to follow up.
    followUp: concern.followUpReasons
      .filter((reason) => !(record.personId !== null && reason.code === 'person-not-identified'))
      .map((reason) => reason.message),
    notLinked: record.personId === null,
    person: {
      onRecord: person ? person.displayName : null,
      linkedAt: link ? link.linkedAt.toISOString() : null,
      linkedBy,
      name: concern.adultAtRisk.name ?? null,
      address: concern.adultAtRisk.address ?? null,
      other: concern.adultAtRisk.otherIdentifyingDetails ?? null,
      ageBand: labelOf(ageBands, concern.ageBand),
    },
    whatHappened: concern.whatHappened,
    types: concern.typesOfAbuse.map(abuseTypeLabel),
    location: locationLabel(concern.locationOfRisk),
    source: sourceLabel(concern.sourceOfRisk),
    danger: DANGER_TEXT[concern.immediateSafety.inImmediateDanger] ?? concern.immediateSafety.inImmediateDanger,
    actions: concern.immediateSafety.actionsTaken,
    raisedBy: concern.raisedBy.anonymous
      ? 'Anonymous'
      : [
          concern.raisedBy.name ?? 'Name not given',
          concern.raisedBy.contact,
          concern.raisedBy.relationship.replace(/-/g, ' '),
        ]
          .filter(Boolean)
          .join(', '),
    raisedByThePerson:
      record.raisedByUserId !== null &&
      record.personId !== null &&
      (await people.relationshipOf(record.raisedByUserId, record.personId)) === 'self',
    decision: decided
      ? {
          outcome: SECTION42_OUTCOME_TEXT[decided.outcome] ?? decided.outcome,
          explanation: decided.explanation,
          at: decision?.decidedAt.toISOString() ?? '',
        }
      : null,
    decisionCallsForEnquiry: decided ? decided.outcome !== 'closed' : false,
    enquiry: enquiry ? { status: enquiry.status, version: enquiry.version } : null,
    share: share ? { at: share.sharedAt.toISOString(), reason: share.reason } : null,
    canShare: record.personId !== null,
    immediateActions,
    history,
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const record = await loadConcern(context, viewer, request, params.reference ?? '')
  const refuse = (errors: FieldError[]) => {
    requestContext.requestState.formHasErrors = true
    const values = Object.fromEntries(
      [...form.entries()].filter(([key, value]) => key !== 'csrf' && typeof value === 'string'),
    ) as Record<string, string>
    return refuseForm({ request, context, requestState: requestContext.requestState }, { errors, values })
  }
  if (form.get('intent') === 'immediate-action') {
    const now = new Date()
    const read = readImmediateAction(form, record, now)
    if (!read.ok) return refuse(read.errors)
    const recorded = await auditedChange(
      context,
      (repos) =>
        repos.safeguarding.recordImmediateAction(
          { concernId: record.id, recordedByUserId: viewer.id, ...read.action },
          now,
        ),
      (action) =>
        concernAuditEntry(viewer, record, 'safeguarding-concern.immediate-action', {
          immediateActionId: action.id,
          doneOn: action.doneOn,
        }),
    )
    if (!recorded.ok) return refuse(recorded.errors.map((error) => ({ field: 'whatWasDone', message: error.message })))
    return redirect(`/safeguarding/concerns/${record.reference}#immediate-action`)
  }
  const reason = form.get('shareReason')
  const shared = await auditedChange(
    context,
    (repos) =>
      repos.safeguarding.shareConcern(
        { concernId: record.id, sharedByUserId: viewer.id, reason: typeof reason === 'string' ? reason : '' },
        new Date(),
      ),
    (share) => concernAuditEntry(viewer, record, 'safeguarding-concern.share', { reason: share.reason }),
  )
  if (!shared.ok) return refuse(shared.errors.map((error) => ({ field: 'shareReason', message: error.message })))
  return redirect(`/safeguarding/concerns/${record.reference}`)
}

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="govuk-summary-list__row">
    <dt className="govuk-summary-list__key">{label}</dt>
    <dd className="govuk-summary-list__value">{children}</dd>
  </div>
)

export default function ConcernPage() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const errors = result?.errors
  const base = `/safeguarding/concerns/${data.reference}`
  const actionValues: Record<string, string> = result?.values['intent'] === 'immediate-action' ? result.values : {}
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href="/safeguarding" className="govuk-back-link">
          Back to safeguarding concerns
        </a>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">Safeguarding concern</span>
        <h1 className="govuk-heading-l">{data.reference}</h1>
        {data.followUp.length > 0 || data.notLinked ? (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <div className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              Needs follow-up:
              <ul className="govuk-list govuk-list--bullet">
                {data.followUp.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
                {data.notLinked ? (
                  <li>
                    The adult at risk is not linked to a record here yet:{' '}
                    <a className="govuk-link" href={`${base}/link`}>
                      find their record, or create one
                    </a>
                  </li>
                ) : null}
              </ul>
            </div>
          </div>
        ) : null}
        <h2 className="govuk-heading-m">The concern</h2>
        <dl className="govuk-summary-list">
          <Row label="Received">{formatDate(data.receivedAt)}</Row>
          <Row label="Person at risk">
            {data.person.onRecord && data.person.linkedAt
              ? `${data.person.onRecord} (on record: linked by ${data.person.linkedBy} on ${formatDate(data.person.linkedAt)})`
              : data.person.onRecord
                ? `${data.person.onRecord} (on record)`
                : data.person.name
                  ? `${data.person.name} (not on our records)`
                  : data.person.address || data.person.other
                    ? 'Not named, and not on our records'
                    : 'Not identified'}
          </Row>
          {data.person.address ? <Row label="Where they can be found">{data.person.address}</Row> : null}
          {data.person.other ? <Row label="Other details">{data.person.other}</Row> : null}
          <Row label="Age band">{data.person.ageBand}</Row>
          <Row label="What happened">{data.whatHappened}</Row>
          <Row label="Type of abuse or neglect">{data.types.length > 0 ? data.types.join(', ') : 'Not recorded'}</Row>
          <Row label="Location of risk">{data.location}</Row>
          <Row label="Source of risk">{data.source}</Row>
          <Row label="In immediate danger">{data.danger}</Row>
          {data.actions.length > 0 ? <Row label="Immediate safety action">{data.actions.join('; ')}</Row> : null}
          <Row label="Raised by">{data.raisedBy}</Row>
        </dl>
        <h2 className="govuk-heading-m" id="immediate-action">
          Keeping the person safe now
        </h2>
        {data.immediateActions.length === 0 ? (
          <p className="govuk-body">Nothing has been recorded yet about what was done to keep the person safe now.</p>
        ) : (
          <dl className="govuk-summary-list">
            {data.immediateActions.map((action) => (
              <Row key={action.id} label={formatDate(action.doneOn)}>
                {action.whatWasDone}
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                  Done by {action.takenBy}. Recorded by {action.recordedBy} on {formatDateTime(action.recordedAt)}.
                </span>
              </Row>
            ))}
          </dl>
        )}
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="immediate-action" />
          <Textarea
            name="whatWasDone"
            label="What was done to keep the person safe now"
            hint="For example, a police welfare check, a move to a safe place, or a call to their GP. Record each step as it is taken."
            rows={3}
            value={actionValues.whatWasDone}
            error={errorFor(errors, 'whatWasDone')}
          />
          <DateInput
            name="doneOn"
            legend="When was it done?"
            hint="For example, 2 12 2026"
            values={actionValues}
            error={errorFor(errors, 'doneOnDay')}
          />
          <TextInput
            name="takenBy"
            label="Who did it"
            hint="For example, you, the police or their GP"
            defaultValue={actionValues.takenBy}
            error={errorFor(errors, 'takenBy')}
          />
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            Record the immediate action
          </button>
        </Form>
        <h2 className="govuk-heading-m">Section 42 decision</h2>
        {data.decision ? (
          <>
            <p className="govuk-body">
              <strong>{data.decision.outcome}</strong>, decided {formatDate(data.decision.at)}.
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {data.decision.explanation.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="govuk-body">No decision has been recorded yet.</p>
        )}
        {data.enquiry ? null : (
          <p className="govuk-body">
            <a className="govuk-link" href={`${base}/section-42`}>
              {data.decision ? 'Record a new section 42 decision' : 'Record the section 42 decision'}
            </a>
          </p>
        )}
        <h2 className="govuk-heading-m">Enquiry</h2>
        {data.enquiry ? (
          <p className="govuk-body">
            The enquiry is {data.enquiry.status}.{' '}
            <a className="govuk-link" href={`${base}/enquiry`}>
              {data.enquiry.status === 'open' ? 'Run the enquiry' : 'See the enquiry'}
            </a>
          </p>
        ) : data.decisionCallsForEnquiry ? (
          <p className="govuk-body">
            <a className="govuk-link" href={`${base}/enquiry`}>
              Open the enquiry
            </a>
          </p>
        ) : (
          <p className="govuk-body">No enquiry.</p>
        )}
        <h2 className="govuk-heading-m">Sharing with the person</h2>
        {data.raisedByThePerson ? (
          <p className="govuk-body">The person raised this concern themselves, so they can already see it.</p>
        ) : null}
        {data.share ? (
          <p className="govuk-body">
            Shared with the person on {formatDate(data.share.at)}. Reason: {data.share.reason}
          </p>
        ) : data.canShare ? (
          <>
            <p className="govuk-body">
              The person cannot see this concern until you decide to share it. Sharing cannot be undone.
            </p>
            <Form method="post" noValidate>
              <CsrfInput />
              <Textarea
                name="shareReason"
                label="Why is it right to share this concern with the person now?"
                rows={3}
                value={result?.values['shareReason']}
                error={errorFor(errors, 'shareReason')}
              />
              <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
                Share with the person
              </button>
            </Form>
          </>
        ) : (
          <p className="govuk-body">
            The person at risk is not identified on our records, so there is no one to share it with yet.
          </p>
        )}
        <h2 className="govuk-heading-m">History</h2>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">
            What has happened to this concern, newest first
          </caption>
          <TableHead headings={['When', 'What']} />
          <tbody className="govuk-table__body">
            {data.history.map((entry, index) => (
              <tr className="govuk-table__row" key={index}>
                <td className="govuk-table__cell">{formatDateTime(entry.at)}</td>
                <td className="govuk-table__cell">{entry.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
