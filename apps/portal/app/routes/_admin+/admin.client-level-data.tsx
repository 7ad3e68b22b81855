import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { reportingPeriod } from '@open-sds/statutory-returns'
import { ErrorSummary } from '~/components/ErrorSummary'
import { Radios, Select } from '~/components/FormFields'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { checkClientLevelData, quarterChoices, releaseOf, type RecordToFix } from './client-level-data.server'

// The page checks the file as it loads, so it marks its own title when the check finds problems.
export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, 'Client Level Data return').map((tag) =>
    'title' in tag && data?.problems && !String(tag.title).startsWith('Error: ')
      ? { title: `Error: ${String(tag.title)}` }
      : tag,
  )

const none: RecordToFix[] = []

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin.client-level-data')
  const search = new URL(request.url).searchParams
  const now = new Date()
  const quarters = quarterChoices(now).map((period) => ({ value: period.quarter, label: period.label }))
  const release = releaseOf(search.get('release'))
  const asked = search.get('quarter')
  const base = { name: viewer.displayName, quarters, quarter: asked ?? quarters[0]?.value ?? '', release }
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
  const check = await checkClientLevelData(context, period.value, release)
  await context.database.repos.audit.append({
    at: now,
    actorUserId: viewer.id,
    action: 'client-level-data.check',
    resource: `client-level-data:${asked}:${release}`,
    detail: { ok: check.result.ok },
  })
  if (!check.result.ok) {
    const general = check.result.errors
      .filter((error) => error.record === undefined)
      .map((error) => ({ field: 'quarter', message: error.message }))
    const records = check.toFix.length + check.moreToFix
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
    return json({ ...base, problems, ready: null, toFix: check.toFix, moreToFix: check.moreToFix })
  }
  const file = check.result.value
  if (file.rows.length === 0)
    return json({
      ...base,
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
    ...base,
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

const count = (value: number) => value.toLocaleString('en-GB')

export default function ClientLevelData() {
  const { name, quarters, quarter, release, problems, ready, toFix, moreToFix } = useLoaderData<typeof loader>()
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
          <p className="govuk-body">Nothing has been made. Put these right, then check again.</p>
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
            <p className="govuk-body">And {count(moreToFix)} more: put these right and check again to see them.</p>
          ) : null}
        </>
      ) : null}
    </RolePage>
  )
}
