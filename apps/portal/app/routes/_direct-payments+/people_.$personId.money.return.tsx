import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { DateInput } from '~/components/DateInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Select } from '~/components/FormFields'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { typedFields, type FieldError } from '~/.server/forms'
import { todayInEngland } from '~/routes/_self-assessment+/self-assessment.server'
import { fieldErrors, policyOf } from './direct-payments.server'
import { SPEND_ROWS } from './__labels'
import { ownAgreement, readReturnForm, readStatement, sendReturn } from './money.server'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Send a return')

const ROUTE = 'routes/_direct-payments+/people_.$personId.money.return' as const
const DATE_FIELDS = new Set(['periodStart', 'periodEnd'])

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { reader, record, agreement } = await ownAgreement(context, viewer, params.personId ?? '')
  if (!record || !agreement)
    throw new Response('There is no direct payment to send a return for.', { status: 404, statusText: 'Not Found' })
  const format = policyOf(context).cardStatementFormat
  return json({
    refusal: await takeRefusal<ActionData>(request, context),
    personId: reader.personId,
    name: reader.displayName,
    columns: [
      format.dateColumn,
      format.descriptionColumn,
      ...(format.amount.kind === 'signed' ? [format.amount.column] : [format.amount.inColumn, format.amount.outColumn]),
      ...(format.balanceColumn ? [format.balanceColumn] : []),
    ].join(', '),
    supports: agreement.supports.map((support) => ({ value: support.supportId, label: support.description })),
  })
}

type ActionData = {
  sent: false
  form: 'lines' | 'card'
  errors: (FieldError & { href?: string })[]
  values: Record<string, string>
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { record, agreement } = await ownAgreement(context, viewer, params.personId ?? '')
  if (!record || !agreement) throw new Response('There is no direct payment.', { status: 404, statusText: 'Not Found' })
  const form = await readProtectedForm(request, context)
  const values = typedFields(form)
  const which = values.form === 'card' ? 'card' : 'lines'
  const now = new Date()
  const today = todayInEngland(now)
  const refuse = (errors: { path: string; message: string }[]) =>
    refuseForm<ActionData>(
      { request, context, requestState: requestContext.requestState },
      {
        sent: false,
        form: which,
        errors: fieldErrors(errors).map((error) =>
          DATE_FIELDS.has(error.field) ? { ...error, href: `#${error.field}Day` } : error,
        ),
        values,
      },
    )
  let unread: number[] = []
  let leftOut = 0
  let sent
  if (which === 'card') {
    const read = await readStatement(context, form.get('statement'))
    if (!read.ok) return refuse(read.errors.map((found) => ({ ...found, path: 'statement' })))
    unread = read.value.statement.problems.map((problem) => problem.line)
    sent = await sendReturn(context, viewer, record, agreement, { card: read.value, today }, now)
    if (!sent.ok) return refuse(sent.errors.map((found) => ({ path: 'statement', message: found.message })))
    leftOut = sent.value.leftOut
  } else {
    const input = readReturnForm(values, today)
    if (!input.ok) return refuse(input.errors)
    sent = await sendReturn(context, viewer, record, agreement, { form: input.value }, now)
    if (!sent.ok) return refuse(sent.errors)
  }
  // Sent: the return's own page says so, with what was left out of a statement and which of its lines could not be read.
  const shown = new URLSearchParams({ sent: '1' })
  if (leftOut > 0) shown.set('leftOut', String(leftOut))
  if (unread.length > 0) shown.set('unread', unread.slice(0, 50).join(','))
  return redirect(`/people/${params.personId ?? ''}/money/returns/${sent.value.id}?${shown.toString()}`, 303)
}

export default function SendReturn() {
  const { refusal, name, supports, columns } = useLoaderData<typeof loader>()
  const answer = useActionData<typeof action>() ?? refusal
  const failed = answer && !answer.sent ? answer : undefined
  const lines = failed?.form === 'lines' ? failed : undefined
  const card = failed?.form === 'card' ? failed : undefined
  const values = lines?.values ?? {}
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={failed?.errors} />
        <span className="govuk-caption-l">{name}</span>
        <h1 className="govuk-heading-l">Send a return</h1>
        <p className="govuk-body">
          Tell the council how the money was spent: type in what you spent, or upload your prepaid card’s statement.
        </p>
        <h2 className="govuk-heading-m">Upload a prepaid-card statement</h2>
        <Form method="post" encType="multipart/form-data" noValidate>
          <CsrfInput />
          <input type="hidden" name="form" value="card" />
          <div className={`govuk-form-group${errorFor(card?.errors, 'statement') ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor="statement">
              Statement file (CSV)
            </label>
            <div id="statement-hint" className="govuk-hint">
              The file your card provider gives you, with its {columns} columns.
            </div>
            {card?.errors.map((error) => (
              <p className="govuk-error-message" id="statement-error" key={error.message}>
                <span className="govuk-visually-hidden">Error:</span> {error.message}
              </p>
            ))}
            <input
              className="govuk-file-upload"
              id="statement"
              name="statement"
              type="file"
              accept=".csv,text/csv"
              aria-describedby={`statement-hint${card ? ' statement-error' : ''}`}
            />
          </div>
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Upload and send
          </button>
        </Form>

        <h2 className="govuk-heading-m">Or type in your spending</h2>
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="form" value="lines" />
          <DateInput
            name="periodStart"
            legend="First day of the return"
            values={values}
            error={errorFor(lines?.errors, 'periodStart')}
          />
          <DateInput
            name="periodEnd"
            legend="Last day of the return"
            values={values}
            error={errorFor(lines?.errors, 'periodEnd')}
          />
          {(
            [
              ['openingBalance', 'Balance at the start, in pounds'],
              ['paidIn', 'Paid in by the council, in pounds'],
              ['contributionsPaidIn', 'Paid in by you (your contribution), in pounds'],
              ['closingBalance', 'Balance at the end, in pounds'],
            ] as const
          ).map(([field, label]) => (
            <TextInput
              key={field}
              name={field}
              label={label}
              defaultValue={values[field]}
              widthClass="govuk-input--width-10"
              error={errorFor(lines?.errors, field)}
            />
          ))}
          {Array.from({ length: SPEND_ROWS }, (_, index) => index + 1).map((row) => (
            <fieldset className="govuk-fieldset govuk-!-margin-bottom-4" key={row}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Spend line {row}</legend>
              <TextInput
                name={`spend${String(row)}Description`}
                label="What it was for"
                defaultValue={values[`spend${String(row)}Description`]}
                error={errorFor(lines?.errors, `spend${String(row)}Description`)}
              />
              <TextInput
                name={`spend${String(row)}Amount`}
                label="Amount, in pounds"
                defaultValue={values[`spend${String(row)}Amount`]}
                widthClass="govuk-input--width-10"
                error={errorFor(lines?.errors, `spend${String(row)}Amount`)}
              />
              <Select
                name={`spend${String(row)}Support`}
                label="Which support in your plan"
                choices={supports}
                placeholder="None of them"
                value={values[`spend${String(row)}Support`]}
              />
            </fieldset>
          ))}
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Send the return
          </button>
        </Form>
      </div>
    </div>
  )
}
