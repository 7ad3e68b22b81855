import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { formatPence } from '@open-sds/kernel'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorMessage } from '~/components/ErrorMessage'
import { ErrorSummary } from '~/components/ErrorSummary'
import { PeopleQueue } from '~/components/PeopleQueue'
import { formatDate } from '~/components/dates'
import { dateFromParts } from '~/.server/date-parts'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { chargingPolicyOf } from './charging.server'
import { planUprating, runUprating } from './uprating.server'
import { SuccessBanner } from '~/components/SuccessBanner'
import { refuse, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Uprate charges for a new year')

const ROUTE = 'routes/_charging+/admin.uprating' as const
const SHOWN_ROWS = 500

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const url = new URL(request.url)
  const values = {
    day: url.searchParams.get('day') ?? '',
    month: url.searchParams.get('month') ?? '',
    year: url.searchParams.get('year') ?? '',
  }
  const done = url.searchParams.get('written')
  const base = {
    refusal: await takeRefusal<{ error: string }>(request, context),
    name: viewer.displayName,
    values,
    written: done === null ? null : Number(done),
    error: null as string | null,
    report: null as null | ReturnType<typeof reportOf>,
  }
  // The form sends `preview`, so a form sent with the date left empty is told to enter one; a first visit is not.
  if (url.searchParams.get('preview') === null && !values.day && !values.month && !values.year) return json(base)
  const date = dateFromParts('the date the new rates take effect', values)
  if (!date.ok) return json({ ...base, error: date.message })
  const repo = context.database.repos.financialAssessments
  const planned = planUprating(
    await repo.listCurrentConfirmed(),
    chargingPolicyOf(context.site),
    date.date,
    await repo.listAwaitingReview(),
  )
  if (!planned.ok) return json({ ...base, error: planned.message })
  // Names only for the rows shown: an authority may have tens of thousands of charges.
  const shown = [
    ...shownChanges(planned.plan).map((change) => change.personId),
    ...planned.plan.problems.map((problem) => problem.personId),
    ...planned.plan.awaitingReview.slice(0, SHOWN_ROWS),
  ]
  const names = new Map<string, string>()
  for (const personId of shown)
    names.set(personId, (await context.database.repos.people.findById(personId))?.displayName ?? personId)
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'financial-assessment.uprating-preview',
    resource: `uprating:${date.date}`,
    detail: { people: planned.plan.totals.people },
  })
  return json({ ...base, report: reportOf(planned.plan, names) })
}

type Plan = Extract<ReturnType<typeof planUprating>, { ok: true }>['plan']

function shownChanges(plan: Plan) {
  return [...plan.changes]
    .sort((a, b) => Math.abs(b.toPence - b.fromPence) - Math.abs(a.toPence - a.fromPence))
    .slice(0, SHOWN_ROWS)
}

function reportOf(plan: Plan, names: Map<string, string>) {
  const rows = shownChanges(plan).map((change) => ({
    person: names.get(change.personId) ?? change.personId,
    from: `${formatPence(change.fromPence)} (${change.fromYear})`,
    to: formatPence(change.toPence),
    change:
      change.toPence === change.fromPence
        ? 'No change'
        : `${change.toPence > change.fromPence ? 'Up' : 'Down'} ${formatPence(Math.abs(change.toPence - change.fromPence))}`,
  }))
  return {
    date: plan.date,
    ratesYear: plan.ratesYear,
    policy: `${plan.policy.name}, version ${plan.policy.version}`,
    totals: {
      ...plan.totals,
      before: formatPence(plan.totals.beforePence),
      after: formatPence(plan.totals.afterPence),
      difference: formatPence(Math.abs(plan.totals.afterPence - plan.totals.beforePence)),
      rising: plan.totals.afterPence >= plan.totals.beforePence,
    },
    rows,
    hidden: Math.max(0, plan.changes.length - SHOWN_ROWS),
    problems: plan.problems.map((problem) => ({
      person: names.get(problem.personId) ?? problem.personId,
      message: problem.message,
    })),
    awaitingReview: {
      count: plan.awaitingReview.length,
      people: plan.awaitingReview.slice(0, SHOWN_ROWS).map((personId) => names.get(personId) ?? personId),
    },
  }
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const date = String(form.get('date') ?? '')
  const now = new Date()
  const run = await context.database.withAudit(
    (repos) => runUprating(repos.financialAssessments, chargingPolicyOf(context.site), date, viewer.id, now),
    (done) =>
      done.ok
        ? {
            at: now,
            actorUserId: viewer.id,
            action: 'financial-assessment.uprate',
            resource: `uprating:${done.runId}`,
            detail: { date, written: done.written },
          }
        : undefined,
  )
  if (!run.ok) return refuse({ request, context, requestState: requestContext.requestState }, { error: run.message })
  return redirect(`/admin/uprating?written=${run.written}`)
}

export default function Uprating() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const error = result?.error ?? data.error
  const report = data.report
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <a href="/admin" className="govuk-back-link">
          Back to administration
        </a>
        <ErrorSummary errors={error ? [{ field: data.error ? 'day' : 'confirm', message: error }] : undefined} />
        <span className="govuk-caption-l">{data.name}</span>
        <h1 className="govuk-heading-l">Uprate charges for a new year</h1>
        {data.written !== null ? (
          <SuccessBanner>
            <p className="govuk-notification-banner__heading">
              {data.written} charges were uprated. Each is a new version; the earlier charges are kept.
            </p>
          </SuccessBanner>
        ) : null}
        <p className="govuk-body">
          Recalculate every person&apos;s confirmed weekly charge under the rates in force on a date and the
          council&apos;s current charging policy. You see every change before anything is saved. When you confirm, every
          new charge is saved as a new version in one step: if any cannot be saved, none is.
        </p>
        <Form method="get" noValidate>
          <input type="hidden" name="preview" value="1" />
          <div className={`govuk-form-group${data.error ? ' govuk-form-group--error' : ''}`}>
            <fieldset
              className="govuk-fieldset"
              role="group"
              aria-describedby={`date-hint${data.error ? ' date-error' : ''}`}
            >
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                When do the new rates take effect?
              </legend>
              <div id="date-hint" className="govuk-hint">
                For example, 6 4 2026. Each year’s rates take effect on 6 April, the date the amending regulations give
              </div>
              <ErrorMessage id="date-error" error={data.error ?? undefined} />
              <div className="govuk-date-input">
                {(['day', 'month', 'year'] as const).map((part) => (
                  <div className="govuk-date-input__item" key={part}>
                    <div className="govuk-form-group">
                      <label className="govuk-label govuk-date-input__label" htmlFor={part}>
                        {part.charAt(0).toUpperCase() + part.slice(1)}
                      </label>
                      <input
                        className={`govuk-input govuk-date-input__input govuk-input--width-${part === 'year' ? 4 : 2}${data.error ? ' govuk-input--error' : ''}`}
                        id={part}
                        name={part}
                        type="text"
                        inputMode="numeric"
                        defaultValue={data.values[part]}
                      />
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            Show the changes
          </button>
        </Form>
        {report ? (
          <>
            <h2 className="govuk-heading-m">
              Changes from {formatDate(report.date)} ({report.ratesYear} rates)
            </h2>
            <p className="govuk-body">Policy: {report.policy}.</p>
            <dl className="govuk-summary-list" id="uprating-totals">
              {[
                ['People', String(report.totals.people)],
                ['Charges going up', String(report.totals.up)],
                ['Charges going down', String(report.totals.down)],
                ['No change', String(report.totals.same)],
                ['Weekly charges now, in total', report.totals.before],
                [
                  'Weekly charges after uprating, in total',
                  `${report.totals.after} (${report.totals.rising ? 'up' : 'down'} ${report.totals.difference})`,
                ],
              ].map(([key, value]) => (
                <div className="govuk-summary-list__row" key={key}>
                  <dt className="govuk-summary-list__key">{key}</dt>
                  <dd className="govuk-summary-list__value">{value}</dd>
                </div>
              ))}
            </dl>
            {report.problems.length > 0 ? (
              <div className="govuk-warning-text">
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text">
                  <span className="govuk-visually-hidden">Warning</span>
                  {report.problems.length} charges cannot be worked out under these rates, so the uprating cannot be
                  confirmed: {report.problems[0]?.person}: {report.problems[0]?.message}
                </strong>
              </div>
            ) : null}
            {report.awaitingReview.count > 0 ? (
              <div className="govuk-inset-text">
                {report.awaitingReview.count === 1 ? '1 person has' : `${report.awaitingReview.count} people have`} an
                assessment waiting for a finance officer, so{' '}
                {report.awaitingReview.count === 1 ? 'their charge is' : 'their charges are'} not uprated this time:{' '}
                {report.awaitingReview.people.join(', ')}
                {report.awaitingReview.count > report.awaitingReview.people.length ? ' and others' : ''}. To include
                them, confirm them under{' '}
                <a className="govuk-link" href="/finance">
                  financial assessments
                </a>{' '}
                before you confirm the uprating.
              </div>
            ) : null}
            <PeopleQueue
              id="uprating-changes"
              captionSize="s"
              caption={
                <>
                  Each person&apos;s weekly charge, largest change first
                  {report.hidden > 0 ? ` (the first ${report.rows.length}; ${report.hidden} more not shown)` : ''}
                </>
              }
              columns={['Now', 'After uprating', 'Change']}
              rows={report.rows.map((row, index) => ({
                key: String(index),
                person: row.person,
                cells: [row.from, row.to, row.change],
              }))}
            />
            {report.problems.length === 0 && report.totals.people > 0 ? (
              <Form method="post">
                <CsrfInput />
                <input type="hidden" name="date" value={report.date} />
                <span id="confirm" />
                <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button">
                  Confirm and uprate {report.totals.people} charges
                </button>
              </Form>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  )
}
