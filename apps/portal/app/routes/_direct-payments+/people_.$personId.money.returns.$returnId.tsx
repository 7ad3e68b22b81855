import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { leftOutWords, returnFindingsTo, type ReturnCheck } from '@open-sds/direct-payments'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Select, choicesFrom } from '~/components/FormFields'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { uploadLimitBytes } from '~/.server/file-upload'
import { typedFields, type FieldError } from '~/.server/forms'
import { refuse, takeRefusal } from '~/.server/refusals'
import { todayInEngland } from '~/routes/_self-assessment+/self-assessment.server'
import { agreementOf, fieldErrors } from './direct-payments.server'
import { ownAgreement } from './money.server'
import { lineField } from './__labels'
import { ReturnDocuments } from './__ReturnDocuments'
import { RETURN_DOCUMENT_LABELS, attachReturnDocument, closedToDocuments, documentRow } from './return-documents.server'
import { lineLabel, ownReturn, placeReturnSpend, supportChoices } from './spend-placement.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Your return')

const ROUTE = 'routes/_direct-payments+/people_.$personId.money.returns.$returnId' as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { reader } = await ownAgreement(context, viewer, params.personId ?? '')
  const { sent, record } = await ownReturn(context, reader.personId, params.returnId ?? '')
  const agreement = agreementOf(record)
  await auditRead(context, viewer, request, {
    action: 'direct-payment.read',
    personId: reader.personId,
    resource: `direct-payment-return:${sent.id}`,
  })
  const check = sent.result as ReturnCheck
  const documents = await context.database.repos.directPayments.returnDocuments([sent.id])
  const url = new URL(request.url)
  const leftOut = Number(url.searchParams.get('leftOut') ?? '0')
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    // Just sent (the send form redirects here): what was left out of a statement, and the lines it could not read.
    justSent:
      url.searchParams.get('sent') === '1'
        ? {
            leftOut: Number.isSafeInteger(leftOut) && leftOut > 0 ? leftOutWords(leftOut) : null,
            unread: (url.searchParams.get('unread') ?? '')
              .split(',')
              .filter((line) => /^\d{1,7}$/.test(line))
              .slice(0, 50),
          }
        : null,
    personId: reader.personId,
    documents: documents.map((document) =>
      documentRow(document, `/people/${reader.personId}/money/documents/${document.id}`),
    ),
    // Documents are taken until the council checks the return, while payments are not suspended or ended.
    closedToDocuments:
      sent.checkedAt !== null
        ? 'The council has checked this return, so no more documents can be sent with it.'
        : (closedToDocuments(record, todayInEngland(new Date())) ?? null),
    documentKinds: choicesFrom(RETURN_DOCUMENT_LABELS),
    limitKb: Math.floor(uploadLimitBytes(context.config.maxBodyBytes) / 1024),
    name: reader.displayName,
    period: `${formatDate(sent.periodStart)} to ${formatDate(sent.periodEnd)}`,
    checked: sent.checkedAt !== null,
    seen: sent.placements,
    supports: supportChoices(agreement),
    lines: sent.lines.map((line, index) => ({ label: lineLabel(line, index), supportId: line.supportId ?? '' })),
    findings: returnFindingsTo(
      check,
      reader.relationship === 'self' ? { you: true } : { name: reader.displayName },
    ).map((finding) => ({
      text: finding.text,
      asked:
        finding.kind === 'outside-agreed-outcomes' ||
        finding.kind === 'over-an-outcome' ||
        finding.kind === 'opening-balance-differs',
    })),
  })
}

type ActionData = { form: 'place' | 'attach'; errors: FieldError[]; values: Record<string, string> }

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { reader } = await ownAgreement(context, viewer, params.personId ?? '')
  const { sent, record } = await ownReturn(context, reader.personId, params.returnId ?? '')
  const form = await readProtectedForm(request, context)
  const values = typedFields(form)
  const here = `/people/${reader.personId}/money/returns/${sent.id}`
  const refused = (body: ActionData) => refuse({ request, context, requestState: requestContext.requestState }, body)
  if (values.intent === 'attach') {
    const attached = await attachReturnDocument(context, viewer, record, sent.id, form, new Date())
    if (!attached.ok) return refused({ form: 'attach', errors: attached.errors, values })
    return redirect(`${here}#documents`)
  }
  const placed = await placeReturnSpend(context, viewer, record, agreementOf(record), sent.id, values, new Date())
  if (!placed.ok) return refused({ form: 'place', errors: fieldErrors(placed.errors), values })
  return redirect(here)
}

export default function YourReturn() {
  const data = useLoaderData<typeof loader>()
  const answer = useActionData<typeof action>() ?? data.refusal
  const failed = answer?.form === 'place' ? answer : undefined
  const asked = data.findings.filter((finding) => finding.asked)
  const fine = data.findings.filter((finding) => !finding.asked)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={answer?.errors} />
        {data.justSent ? (
          <div className="govuk-panel govuk-panel--confirmation">
            <p className="govuk-panel__title">Return sent</p>
            <div className="govuk-panel__body">The council has your return for {data.period}</div>
          </div>
        ) : null}
        {data.justSent?.leftOut ? <p className="govuk-body">{data.justSent.leftOut}.</p> : null}
        {data.justSent && data.justSent.unread.length > 0 ? (
          <p className="govuk-body">
            {data.justSent.unread.length === 1 ? 'Line' : 'Lines'} {data.justSent.unread.join(', ')} of the statement
            could not be read, so {data.justSent.unread.length === 1 ? 'it was' : 'they were'} not sent. The other lines
            were sent. Check {data.justSent.unread.length === 1 ? 'it' : 'them'} in the file and send{' '}
            {data.justSent.unread.length === 1 ? 'it' : 'them'} again.
          </p>
        ) : null}
        <span className="govuk-caption-l">{data.name}</span>
        <h1 className="govuk-heading-l">Your return for {data.period}</h1>
        <h2 className="govuk-heading-m">What the council will ask about</h2>
        {asked.length === 0 ? (
          <p className="govuk-body">Nothing: all the spend is for the supports in the plan.</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {asked.map((finding) => (
              <li key={finding.text}>{finding.text}</li>
            ))}
          </ul>
        )}
        {fine.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">Noted, nothing to ask</h2>
            <ul className="govuk-list govuk-list--bullet">
              {fine.map((finding) => (
                <li key={finding.text}>{finding.text}</li>
              ))}
            </ul>
          </>
        ) : null}
        <h2 className="govuk-heading-m">What the money was spent on</h2>
        {data.lines.length === 0 ? <p className="govuk-body">This return has no spend lines.</p> : null}
        {data.checked ? (
          <>
            <p className="govuk-body">The council has checked this return, so it can no longer be changed.</p>
            <ul className="govuk-list">
              {data.lines.map((line) => (
                <li key={line.label}>
                  {line.label}:{' '}
                  {data.supports.find((support) => support.value === line.supportId)?.label ?? 'none of the supports'}
                </li>
              ))}
            </ul>
          </>
        ) : data.lines.length > 0 ? (
          <Form method="post" noValidate>
            <CsrfInput />
            <input type="hidden" name="seen" value={data.seen} />
            <p className="govuk-body">
              Choose which support in the plan each payment was for. You may move money between the supports of one
              outcome in the plan (the flexibility rule): the council does not ask about that. It asks about spend that
              is for none of the plan’s supports, or more than an outcome’s share.
            </p>
            {data.lines.map((line, index) => (
              <Select
                key={lineField(index)}
                name={lineField(index)}
                label={line.label}
                choices={data.supports}
                placeholder="None of them"
                value={failed ? failed.values[lineField(index)] : line.supportId}
                error={errorFor(failed?.errors, lineField(index))}
              />
            ))}
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Save where the money went
            </button>
          </Form>
        ) : null}
        <ReturnDocuments
          documents={data.documents}
          closed={data.closedToDocuments}
          kinds={data.documentKinds}
          limitKb={data.limitKb}
          failed={answer?.form === 'attach' ? answer : undefined}
        />
        <p className="govuk-body">
          <a className="govuk-link" href={`/people/${data.personId}/money`}>
            Back to the money page
          </a>
        </p>
      </div>
    </div>
  )
}
