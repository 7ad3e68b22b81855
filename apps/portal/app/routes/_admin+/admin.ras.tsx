import { ScrollableTable } from '~/components/ScrollableTable'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { isIsoDate } from '@open-sds/questionnaire'
import {
  MoneyRuleSchema,
  calibrate,
  formatPence,
  parseCalibrationCsv,
  selectConfigForDate,
  validateRasConfig,
} from '@open-sds/ras'
import { z } from 'zod'
import { CalibrationChart } from './__CalibrationChart'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorMessage } from '~/components/ErrorMessage'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { rasVersionsInForce } from './ras-in-force.server'
import { requireSelfAssessment, todayInEngland } from '~/routes/_self-assessment+/self-assessment.server'
import { SuccessBanner } from '~/components/SuccessBanner'
import { TextInput } from '~/components/TextInput'
import { auditedChange } from '~/.server/audited-change'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Resource allocation system')

const ROUTE = 'routes/_admin+/admin.ras' as const
const MAX_CHART_POINTS = 2000

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const versions = await rasVersionsInForce(context)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    name: viewer.displayName,
    versions: versions.map(({ config, source }) => ({
      id: config.id,
      version: config.version,
      from: config.effectiveFrom,
      to: config.effectiveTo ?? null,
      illustrative: config.illustrative,
      source,
      money:
        config.money.method === 'bands'
          ? `${config.money.bands.length} bands`
          : `${formatPence(config.money.pencePerPoint)} a point`,
    })),
  })
}

const CalibrateSchema = z.object({
  bandCount: z.coerce
    .number({ error: 'Enter the number of bands as a whole number' })
    .int('Enter the number of bands as a whole number')
    .min(2, 'Use at least 2 bands')
    .max(30, 'Use 30 bands or fewer'),
})

const PublishSchema = z.object({
  version: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9.+-]{0,39}$/,
      'Enter a version of up to 40 letters, numbers, dots or dashes, like 2026.1',
    ),
  effectiveFrom: z.string().trim().refine(isIsoDate, 'Enter the date the version takes effect, like 2026-04-06'),
  money: z.string(),
})

type Problem = { field: string; message: string }

/**
 * The calibration as the page shows it. The publish form sends it back (it cannot be worked out again without the
 * uploaded file), so a publish that is refused shows its error beside the calibration rather than losing it.
 */
const CalibrationReportSchema = z.object({
  caseCount: z.number().int(),
  rSquared: z.string().nullable(),
  rSquaredMeaning: z.string(),
  historic: z.string(),
  proposed: z.string(),
  difference: z.string(),
  bands: z.array(z.object({ fromPoints: z.number(), toPoints: z.number().nullable(), weeklyPence: z.number().int() })),
  money: z.string(),
  outliers: z.array(z.object({ caseId: z.string(), points: z.number(), actual: z.string(), proposed: z.string() })),
  explanation: z.array(z.string()),
  chart: z.array(z.object({ points: z.number(), pence: z.number() })),
  basedOn: z.string(),
})
type CalibrationReport = z.infer<typeof CalibrationReportSchema>

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const publishing = form.get('intent') === 'publish'
  // On a refused publish, the calibration it came from and what was typed go back with the error.
  const kept = publishing ? CalibrationReportSchema.safeParse(safeJson(String(form.get('report') ?? ''))) : null
  const typed = publishing
    ? { version: String(form.get('version') ?? ''), effectiveFrom: String(form.get('effectiveFrom') ?? '') }
    : null
  const fail = (errors: Problem[], extra: Record<string, unknown> = {}) => {
    requestContext.requestState.formHasErrors = true
    const report: CalibrationReport | null = kept?.success ? kept.data : null
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      { errors, report, typed, ...extra },
    )
  }
  const { definition, rasConfigs } = await requireSelfAssessment(context)
  const current = selectConfigForDate(rasConfigs, todayInEngland(new Date()))
  if (!current.ok)
    return fail([
      { field: 'cases', message: 'No RAS version is in force today, so there is nothing to calibrate against' },
    ])

  if (publishing) {
    const parsed = PublishSchema.safeParse(Object.fromEntries(form.entries()))
    if (!parsed.success)
      return fail(parsed.error.issues.map((issue) => ({ field: String(issue.path[0]), message: issue.message })))
    const money = MoneyRuleSchema.safeParse(safeJson(parsed.data.money))
    if (!money.success)
      return fail([
        { field: 'version', message: 'The proposed table was not sent back intact. Run the calibration again' },
      ])
    if (parsed.data.effectiveFrom <= current.value.effectiveFrom) {
      return fail([
        {
          field: 'effectiveFrom',
          message: `The new version must take effect after ${current.value.effectiveFrom}, when the current one did`,
        },
      ])
    }
    const { effectiveTo: _ended, ...base } = current.value
    const proposed = {
      ...base,
      version: parsed.data.version,
      effectiveFrom: parsed.data.effectiveFrom,
      money: money.data,
    }
    const valid = validateRasConfig(proposed, definition)
    if (!valid.ok)
      return fail(valid.errors.map((error) => ({ field: 'version', message: `${error.path}: ${error.message}` })))
    const now = new Date()
    const published = await auditedChange(
      context,
      (repos) =>
        repos.rasVersions.publish(
          {
            configId: proposed.id,
            version: proposed.version,
            effectiveFrom: proposed.effectiveFrom,
            config: proposed,
            calibration: null,
            publishedByUserId: viewer.id,
          },
          now,
        ),
      () => ({
        at: now,
        actorUserId: viewer.id,
        action: 'ras.publish',
        resource: `ras:${proposed.id}@${proposed.version}`,
      }),
    )
    if (!published.ok) return fail(published.errors.map((error) => ({ field: error.path, message: error.message })))
    return redirect(`/admin/ras?published=${encodeURIComponent(proposed.version)}`)
  }

  const settings = CalibrateSchema.safeParse({ bandCount: form.get('bandCount') })
  if (!settings.success)
    return fail([{ field: 'bandCount', message: settings.error.issues[0]?.message ?? 'Enter the number of bands' }])
  const file = form.get('cases')
  if (!(file instanceof File) || file.size === 0)
    return fail([{ field: 'cases', message: 'Select a CSV file of historic cases' }])
  const csv = parseCalibrationCsv(await file.text())
  if (!csv.ok) return fail(csv.errors.map((error) => ({ field: 'cases', message: error.message })))
  const { cases, rejectedRows } = csv.value
  if (cases.length < 2)
    return fail([{ field: 'cases', message: 'The file needs at least 2 good rows to calibrate' }], { rejectedRows })
  const report = calibrate(cases, { method: 'bands', bandCount: settings.data.bandCount })
  if (!report.ok)
    return fail(
      report.errors.map((error) => ({ field: 'cases', message: error.message })),
      { rejectedRows },
    )
  const r = report.value
  const stride = Math.max(1, Math.ceil(cases.length / MAX_CHART_POINTS))
  const calibration: CalibrationReport = {
    caseCount: r.caseCount,
    rSquared: r.rSquared === null ? null : r.rSquared.toFixed(3),
    rSquaredMeaning: r.rSquaredMeaning,
    historic: formatPence(r.totals.historicWeeklyPence),
    proposed: formatPence(r.totals.proposedWeeklyPence),
    difference: `${formatPence(r.totals.differenceWeeklyPence)}${r.totals.differencePercent === null ? '' : ` (${r.totals.differencePercent}%)`}`,
    bands: r.proposedMoney.method === 'bands' ? r.proposedMoney.bands : [],
    money: JSON.stringify(r.proposedMoney),
    outliers: r.outliers.map((o) => ({
      caseId: o.caseId,
      points: o.points,
      actual: formatPence(o.actualWeeklyPence),
      proposed: formatPence(o.proposedWeeklyPence),
    })),
    explanation: r.explanation,
    chart: cases
      .filter((_, index) => index % stride === 0)
      .map((c) => ({ points: c.points, pence: c.actualWeeklyPence })),
    basedOn: `${current.value.id} version ${current.value.version}`,
  }
  return json({ errors: [] as Problem[], rejectedRows, report: calibration, typed: null })
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export default function RasAdmin() {
  const { name, versions, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const [searchParams] = useSearchParams()
  const published = searchParams.get('published')
  const report = result?.report
  const rejected =
    result && 'rejectedRows' in result
      ? (result.rejectedRows as { line: number; reasons: string[] }[] | undefined)
      : undefined
  return (
    <RolePage caption={name} heading="Resource allocation system">
      <ErrorSummary errors={result?.errors} />
      {published ? (
        <SuccessBanner>
          <p className="govuk-notification-banner__heading">
            Version {published} is published. Budgets already worked out keep the version that produced them.
          </p>
        </SuccessBanner>
      ) : null}
      <h2 className="govuk-heading-m">Versions</h2>
      <ScrollableTable label="RAS versions and when each is in force">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">
            RAS versions and when each is in force
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Version
              </th>
              <th scope="col" className="govuk-table__header">
                In force
              </th>
              <th scope="col" className="govuk-table__header">
                Money
              </th>
              <th scope="col" className="govuk-table__header">
                From
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {versions.map((version) => (
              <tr className="govuk-table__row" key={`${version.id}-${version.version}`}>
                <td className="govuk-table__cell">
                  {version.id} {version.version}
                  {version.illustrative ? ' (illustrative)' : ''}
                </td>
                <td className="govuk-table__cell">
                  {version.from}
                  {version.to ? ` to ${version.to}` : ' onwards'}
                </td>
                <td className="govuk-table__cell">{version.money}</td>
                <td className="govuk-table__cell">{version.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
      <h2 className="govuk-heading-m">Calibrate on historic cases</h2>
      <p className="govuk-body">
        Upload a CSV file with the columns <code>case_id,points,actual_weekly_cost</code> (cost in pounds). Rows that
        cannot be read are listed, not dropped silently.
      </p>
      <Form method="post" encType="multipart/form-data" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="calibrate" />
        <div className={`govuk-form-group${errorFor(result?.errors, 'cases') ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor="cases">
            Historic cases (CSV)
          </label>
          <ErrorMessage id="cases-error" error={errorFor(result?.errors, 'cases')} />
          <input className="govuk-file-upload" id="cases" name="cases" type="file" accept=".csv,text/csv" />
        </div>
        <div className={`govuk-form-group${errorFor(result?.errors, 'bandCount') ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor="bandCount">
            Number of bands
          </label>
          <ErrorMessage id="bandCount-error" error={errorFor(result?.errors, 'bandCount')} />
          <input
            className="govuk-input govuk-input--width-3"
            id="bandCount"
            name="bandCount"
            type="text"
            inputMode="numeric"
            defaultValue="10"
          />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Run the calibration
        </button>
      </Form>
      {rejected && rejected.length > 0 ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {rejected.length} {rejected.length === 1 ? 'row was' : 'rows were'} left out:{' '}
            {rejected.map((row) => `line ${row.line} (${row.reasons.join('; ')})`).join(', ')}
          </strong>
        </div>
      ) : null}
      {report ? (
        <>
          <h2 className="govuk-heading-m">Proposed allocation table</h2>
          <p className="govuk-body">
            Fitted on {report.caseCount} cases, from {report.basedOn}. R squared {report.rSquared ?? 'not defined'}:{' '}
            {report.rSquaredMeaning}
          </p>
          <p className="govuk-body">
            Total weekly cost of these cases now: {report.historic}. Under the proposed table: {report.proposed}.
            Difference: {report.difference}.
          </p>
          <CalibrationChart cases={report.chart} bands={report.bands} />
          <ScrollableTable label="Proposed bands">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s">Proposed bands</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Points
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Weekly amount
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {report.bands.map((band) => (
                  <tr className="govuk-table__row" key={band.fromPoints}>
                    <td className="govuk-table__cell">
                      {band.fromPoints} {band.toPoints === null ? 'or more' : `to ${band.toPoints}`}
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(band.weeklyPence)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollableTable>
          <ScrollableTable label="Cases furthest from the proposed table">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s">
                Cases furthest from the proposed table
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Case
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Points
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Costs now
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Proposed
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {report.outliers.map((outlier) => (
                  <tr className="govuk-table__row" key={outlier.caseId}>
                    <td className="govuk-table__cell">{outlier.caseId}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{outlier.points}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{outlier.actual}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{outlier.proposed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollableTable>
          <h2 className="govuk-heading-m">Publish as a new version</h2>
          <Form method="post" noValidate>
            <CsrfInput />
            <input type="hidden" name="intent" value="publish" />
            <input type="hidden" name="money" value={report.money} />
            <input type="hidden" name="report" value={JSON.stringify(report)} />
            <TextInput
              name="version"
              label="Version"
              widthClass="govuk-input--width-10"
              spellCheck={false}
              defaultValue={result?.typed?.version}
              error={errorFor(result?.errors, 'version')}
            />
            <TextInput
              name="effectiveFrom"
              label="Takes effect from"
              hint="For example, 2026-04-06"
              widthClass="govuk-input--width-10"
              spellCheck={false}
              defaultValue={result?.typed?.effectiveFrom}
              error={errorFor(result?.errors, 'effectiveFrom')}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Publish this version
            </button>
          </Form>
        </>
      ) : null}
    </RolePage>
  )
}
