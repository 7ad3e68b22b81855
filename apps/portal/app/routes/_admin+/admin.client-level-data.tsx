import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { reportingPeriod } from '@open-sds/statutory-returns'
import { CountedAt } from '~/components/CountedAt'
import { ErrorSummary } from '~/components/ErrorSummary'
import { Radios, Select } from '~/components/FormFields'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { countedAtText } from '~/.server/counted-figures'
import {
  clientLevelDataFile,
  quarterChoices,
  recordsToPutRight,
  releaseOf,
  remakeClientLevelData,
  type RecordToFix,
} from './client-level-data.server'

const ROUTE = 'routes/_admin+/admin.client-level-data'

// The page checks the file as it loads, so it marks its own title when the check finds problems.
export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, 'Client Level Data return').map((tag) =>
    'title' in tag && data?.problems && !String(tag.title).startsWith('Error: ')
      ? { title: `Error: ${String(tag.title)}` }
      : tag,
  )

const none: RecordToFix[] = []

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const search = new URL(request.url).searchParams
  const now = new Date()
  const quarters = quarterChoices(now).map((period) => ({ value: period.quarter, label: period.label }))
  const release = releaseOf(search.get('release'))
  const asked = search.get('quarter')
  const base = {
    name: viewer.displayName,
    quarters,
    quarter: asked ?? quarters[0]?.value ?? '',
    release,
    counted: null as { countedAtText: string | null; counting: boolean; problem: string | null } | null,
  }
  if (asked === null) return json({ ...base, problems: null, ready: null, toFix: none, moreToFix: 0 })
  const period = reportingPeriod(asked)
  if (!period.ok)
    return json({
      ...base,
      problems: period.errors.map((error) => ({ field: 'quarter', message: error.message })),
      ready: null,
      toFix: none,
      moreToFix: 0,
    })
  const made = await clientLevelDataFile(context, {
    actorUserId: viewer.id,
    quarter: asked,
    period: period.value,
    release,
    now,
  })
  const file = made.value
  await context.database.repos.audit.append({
    at: now,
    actorUserId: viewer.id,
    action: 'client-level-data.check',
    resource: `client-level-data:${asked}:${release}`,
    detail: { ok: file?.ok ?? null },
  })
  const withCounted = {
    ...base,
    counted: {
      countedAtText: made.countedAt ? countedAtText(made.countedAt) : null,
      counting: made.counting,
      problem: made.problem,
    },
  }
  if (!file) return json({ ...withCounted, problems: null, ready: null, toFix: none, moreToFix: 0 })
  if (!file.ok) {
    const general = file.general.map((message) => ({ field: 'quarter', message }))
    const records = file.toFix.length + file.moreToFix
    const problems = [
      ...general,
      ...(records > 0
        ? [
            {
              field: 'records-to-fix',
              message: `${String(records)} ${records === 1 ? 'record needs' : 'records need'} putting right before the file can be made`,
            },
          ]
        : []),
    ]
    return json({
      ...withCounted,
      problems,
      ready: null,
      toFix: recordsToPutRight(file.toFix),
      moreToFix: file.moreToFix,
    })
  }
  if (file.summary.rows === 0)
    return json({
      ...withCounted,
      problems: [
        {
          field: 'quarter',
          message: `There is nothing to send for ${period.value.label}: no requests, assessments, services or reviews fall in it. Choose another quarter.`,
        },
      ],
      ready: null,
      toFix: none,
      moreToFix: 0,
    })
  return json({
    ...withCounted,
    problems: null,
    ready: {
      label: period.value.label,
      summary: file.summary,
      href: `/admin/client-level-data.csv?quarter=${asked}&release=${release}`,
    },
    toFix: none,
    moreToFix: 0,
  })
}

/** "Count the figures again": the file is made again by the counting worker, never while this request waits. */
export async function action({ request }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  await readProtectedForm(request, context)
  const search = new URL(request.url).searchParams
  const quarter = search.get('quarter') ?? ''
  const release = releaseOf(search.get('release'))
  const period = reportingPeriod(quarter)
  if (period.ok)
    await remakeClientLevelData(context, {
      actorUserId: viewer.id,
      quarter,
      period: period.value,
      release,
      now: new Date(),
    })
  return redirect(`/admin/client-level-data?quarter=${encodeURIComponent(quarter)}&release=${release}`)
}

const count = (value: number) => value.toLocaleString('en-GB')

export default function ClientLevelData() {
  const { name, quarters, quarter, release, problems, ready, toFix, moreToFix, counted } =
    useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Client Level Data return">
      <ErrorSummary errors={problems ?? undefined} />
      <p className="govuk-body">
        The Adult Social Care Client Level Data file for NHS England: one row per request, assessment, service and
        review, with the person&apos;s details on each row. Each quarter&apos;s file covers the twelve months ending
        with the quarter: services open at any time in them (including those that began earlier) and requests,
        assessments and reviews completed in them.
      </p>
      <p className="govuk-body">
        The file is made only when every value is on the national lists; otherwise this page lists the records to put
        right. It holds personal data: keep it safe and send it only through the secure route for the return. Each check
        and each download is recorded in the audit log.
      </p>
      <form method="get" action="/admin/client-level-data" noValidate>
        <Select
          name="quarter"
          label="Quarter"
          choices={quarters}
          value={quarter}
          error={problems?.find((problem) => problem.field === 'quarter')?.message}
        />
        <Radios
          name="release"
          legend="Specification"
          value={release}
          choices={[
            { value: 'R2', label: 'Release 2', hint: 'For files sent from October 2025.' },
            { value: 'R1', label: 'Release 1', hint: 'Only to send again a period first sent before October 2025.' },
          ]}
        />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Check the records
        </button>
      </form>
      {counted ? (
        <CountedAt
          {...counted}
          of="file"
          action={`/admin/client-level-data?quarter=${encodeURIComponent(quarter)}&release=${release}`}
        />
      ) : null}
      {ready ? (
        <div className="govuk-panel govuk-panel--confirmation govuk-!-text-align-left">
          <h2 className="govuk-panel__title govuk-!-font-size-27">The file is ready</h2>
          <div className="govuk-panel__body govuk-!-font-size-19">
            {ready.label}: {count(ready.summary.rows)} rows about {count(ready.summary.people)} people (
            {count(ready.summary.requests)} requests, {count(ready.summary.assessments)} assessments,{' '}
            {count(ready.summary.services)} services, {count(ready.summary.reviews)} reviews).
          </div>
        </div>
      ) : null}
      {ready ? (
        <a className="govuk-button" href={ready.href} download>
          Download the CSV file
        </a>
      ) : null}
      {toFix.length > 0 ? (
        <>
          <h2 className="govuk-heading-m" id="records-to-fix" tabIndex={-1}>
            Records to put right
          </h2>
          <p className="govuk-body">Nothing has been made. Put these right, then make the file again.</p>
          <ul className="govuk-list">
            {toFix.map((record) => (
              <li key={`${record.kind}-${record.href}-${record.problems.join()}`} className="govuk-!-margin-bottom-4">
                <a className="govuk-link" href={record.href}>
                  {record.personName}
                </a>
                : {record.what}
                <ul className="govuk-list govuk-list--bullet">
                  {record.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {moreToFix > 0 ? (
            <p className="govuk-body">
              And {count(moreToFix)} more: put these right and make the file again to see them.
            </p>
          ) : null}
        </>
      ) : null}
    </RolePage>
  )
}
