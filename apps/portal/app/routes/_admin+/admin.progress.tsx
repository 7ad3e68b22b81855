import { ScrollableTable } from '~/components/ScrollableTable'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { BarChart } from '~/components/BarChart'
import { CountedAt } from '~/components/CountedAt'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { countedAtText } from '~/.server/counted-figures'
import { progressDashboard, recountProgressDashboard } from './progress.server'

const ROUTE = 'routes/_admin+/admin.progress'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Progress measures')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const now = new Date()
  const counted = await progressDashboard(context, viewer.id, now)
  await context.database.repos.audit.append({
    at: now,
    actorUserId: viewer.id,
    action: 'progress.view',
    resource: 'progress-measures',
  })
  return json({
    name: viewer.displayName,
    dashboard: counted.value,
    countedAtText: counted.countedAt ? countedAtText(counted.countedAt) : null,
    counting: counted.counting,
    problem: counted.problem,
  })
}

/** "Count the figures again": queued for the counting worker, never counted while this request waits. */
export async function action({ request }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  await readProtectedForm(request, context)
  await recountProgressDashboard(context, viewer.id, new Date())
  return redirect('/admin/progress')
}

const cell = (value: { kind: string; value?: number } | null): string =>
  value === null ? '' : value.kind === 'shown' ? (value.value ?? 0).toLocaleString('en-GB') : '*'

type Shown = {
  part: { kind: string; value?: number }
  whole: { kind: string; value?: number } | null
  percent: number | null
}

// A share of nobody is not a hidden figure: say there is no one to count rather than showing the suppression mark.
const noOne = (figure: Shown) => figure.whole?.kind === 'shown' && figure.whole.value === 0
const percentText = (figure: Shown) =>
  figure.percent !== null ? `${figure.percent}%` : noOne(figure) ? 'no one yet' : '*'

export default function Progress() {
  const { name, dashboard, ...counted } = useLoaderData<typeof loader>()
  const status = <CountedAt {...counted} action="/admin/progress" />
  if (!dashboard)
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{name}</span>
          <h1 className="govuk-heading-l">Progress measures</h1>
          {status}
        </div>
      </div>
    )
  const shares = dashboard.figures.filter((figure) => figure.whole !== null)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <span className="govuk-caption-l">{name}</span>
        <h1 className="govuk-heading-l">Progress measures</h1>
        <p className="govuk-body">
          Counted from this portal&apos;s own records, as at {dashboard.asAt}. Figures about a period cover{' '}
          {dashboard.periodFrom} to {dashboard.periodTo}.{' '}
          <a className="govuk-link" href="/admin/progress.csv" download>
            Download these figures (CSV)
          </a>
        </p>
        {status}
        <div className="govuk-inset-text">
          Counts from 1 to 4 are shown as * (and so are counts that would give one away), so these figures can be
          published. {dashboard.suppression}
        </div>
        <BarChart
          id="shares"
          title="Shares of people, in per cent"
          headings={['Measure', 'Per cent']}
          max={100}
          bars={shares.map((figure) => ({
            label: figure.short,
            value: figure.percent ?? (noOne(figure) ? 0 : null),
            text: percentText(figure),
          }))}
        />
        <ScrollableTable label="Every figure and how it is counted">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              Every figure and how it is counted
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Measure
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  People
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Out of
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Per cent
                </th>
                <th scope="col" className="govuk-table__header">
                  How it is counted
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {dashboard.figures.map((figure) => (
                <tr className="govuk-table__row" key={figure.id}>
                  <th scope="row" className="govuk-table__header">
                    {figure.title}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{cell(figure.part)}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{cell(figure.whole)}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {figure.whole === null ? '' : percentText(figure)}
                  </td>
                  <td className="govuk-table__cell govuk-body-s">{figure.how}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
        {[dashboard.outcomes, dashboard.waits].map((group, index) => (
          <section key={group.title} aria-labelledby={`group-${index}`}>
            <h2 className="govuk-heading-m" id={`group-${index}`}>
              {group.title}
            </h2>
            <p className="govuk-body">{group.how}</p>
            {index === 1 ? (
              <p className="govuk-body">
                Middle (median) wait:{' '}
                {dashboard.waits.median === null
                  ? '* (fewer than 5 plans authorised)'
                  : `${dashboard.waits.median} days`}
                .
              </p>
            ) : null}
            <BarChart
              id={`group-chart-${index}`}
              title={group.title}
              headings={['', 'Number (share)']}
              bars={group.rows.map((row) => ({
                label: row.label,
                value: row.count.kind === 'shown' ? row.count.value : null,
                text:
                  row.count.kind === 'shown'
                    ? `${row.count.value.toLocaleString('en-GB')}${row.percent === null ? '' : ` (${row.percent}%)`}`
                    : '*',
              }))}
            />
          </section>
        ))}
        <p className="govuk-body">
          <a className="govuk-link" href="/admin/client-level-data">
            Export a quarter as Client Level Data
          </a>
        </p>
      </div>
    </div>
  )
}
