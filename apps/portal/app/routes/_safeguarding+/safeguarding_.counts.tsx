import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { financialYear } from '@open-sds/safeguarding'
import { CountedAt } from '~/components/CountedAt'
import { ErrorSummary } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { countedAtText } from '~/.server/counted-figures'
import { chosenYear, countsFor, currentReportingYear, recountYear } from './safeguarding-counts.server'

const ROUTE = 'routes/_safeguarding+/safeguarding_.counts'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Safeguarding counts ${data.label}` : 'Safeguarding counts')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const now = new Date()
  const { year, problem } = chosenYear(request, now)
  const counted = await countsFor(context, viewer, request, year)
  const counts = counted.value
  const current = currentReportingYear(now)
  return json({
    year,
    label: financialYear(year).label,
    problem: problem ?? null,
    countedAtText: counted.countedAt ? countedAtText(counted.countedAt) : null,
    counting: counted.counting,
    countProblem: counted.problem,
    years: Array.from({ length: Math.min(8, current - 1999) }, (_, index) => current - index).map((option) => ({
      value: option,
      label: financialYear(option).label,
    })),
    tables: (counts?.tables ?? []).map((table) => ({
      id: table.id,
      title: table.title,
      note: table.note ?? null,
      rows: [
        ...table.rows,
        ...(table.total ? [{ id: 'total', label: table.total.label, cell: table.total.cell }] : []),
      ].map((row) => ({
        id: row.id,
        label: row.label,
        total: row.id === 'total',
        value: row.cell.kind === 'shown' ? row.cell.value.toLocaleString('en-GB') : (counts?.suppression.symbol ?? ''),
      })),
    })),
    explanation: counts?.explanation ?? [],
    rulesVersion: counts?.rulesVersion ?? null,
  })
}

/** "Count the figures again": queued for the counting worker, never counted while this request waits. */
export async function action({ request }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  await readProtectedForm(request, context)
  const { year } = chosenYear(request, new Date())
  await recountYear(context, viewer, request, year)
  return redirect(`/safeguarding/counts?year=${String(year)}`)
}

export default function SafeguardingCounts() {
  const data = useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ErrorSummary errors={data.problem ? [{ field: 'year', message: data.problem }] : undefined} />
        <span className="govuk-caption-l">Safeguarding Adults Collection style</span>
        <h1 className="govuk-heading-l">Safeguarding counts {data.label}</h1>
        <Form method="get" className="govuk-!-margin-bottom-6">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="year">
              Reporting year (1 April to 31 March)
            </label>
            <select className="govuk-select" id="year" name="year" defaultValue={String(data.year)}>
              {data.years.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            Show this year
          </button>
        </Form>
        <CountedAt
          countedAtText={data.countedAtText}
          counting={data.counting}
          problem={data.countProblem}
          action={`/safeguarding/counts?year=${data.year}`}
        />
        {data.rulesVersion ? (
          <p className="govuk-body">
            <a className="govuk-link" href={`/safeguarding/counts.csv?year=${data.year}`} download>
              Download these counts as CSV
            </a>
          </p>
        ) : null}
        <ul className="govuk-list govuk-list--bullet">
          {data.explanation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {data.tables.map((table) => (
          <div key={table.id}>
            <table className="govuk-table govuk-!-margin-bottom-2" id={table.id}>
              <caption className="govuk-table__caption govuk-table__caption--m">{table.title}</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Row
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Count
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {table.rows.map((row) => (
                  <tr className="govuk-table__row" key={row.id}>
                    <th scope="row" className={`govuk-table__header${row.total ? '' : ' govuk-!-font-weight-regular'}`}>
                      {row.label}
                    </th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{row.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {table.note ? <p className="govuk-body-s">{table.note}</p> : <div className="govuk-!-margin-bottom-6" />}
          </div>
        ))}
        {data.rulesVersion ? <p className="govuk-body-s">Counting rules version: {data.rulesVersion}.</p> : null}
      </div>
    </div>
  )
}
