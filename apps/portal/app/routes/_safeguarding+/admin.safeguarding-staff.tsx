import { ScrollableTable } from '~/components/ScrollableTable'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { SuccessBanner } from '~/components/SuccessBanner'
import { auditedChange } from '~/.server/audited-change'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

const ROUTE = 'routes/_safeguarding+/admin.safeguarding-staff'

export const meta: MetaFunction = ({ matches, data }) => {
  const failed = (data as { error?: string } | undefined)?.error !== undefined
  return pageTitle(matches, `${failed ? 'Error: ' : ''}Who may see safeguarding concerns`)
}

const ChangeSchema = z.object({
  userId: z.string().min(1, 'Choose a practitioner'),
  change: z.enum(['grant', 'withdraw'], { error: 'Choose whether to grant or withdraw the authorisation' }),
})

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { users, safeguarding } = context.database.repos
  const authorised = new Set(await safeguarding.listAuthorised())
  const practitioners = await users.list({ role: 'practitioner' })
  const changed = new URL(request.url).searchParams.get('changed')
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    name: viewer.displayName,
    changed: changed === 'grant' || changed === 'withdraw' ? changed : null,
    practitioners: practitioners
      .filter((user) => user.disabledAt === null)
      .map((user) => ({
        id: user.id,
        displayName: user.displayName,
        email: user.email,
        authorised: authorised.has(user.id),
      })),
  })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const parsed = ChangeSchema.safeParse({ userId: form.get('userId') ?? '', change: form.get('change') ?? '' })
  const refuse = (message: string) => {
    return refuseForm({ request, context, requestState: requestContext.requestState }, { error: message })
  }
  if (!parsed.success) return refuse(parsed.error.issues[0]?.message ?? 'Choose a practitioner and a change')
  const { userId, change } = parsed.data
  const now = new Date()
  // Who may see concerns is itself a safeguarding decision: who changed it, for whom, and when, is kept for good.
  const changed = await auditedChange(
    context,
    async (repos) =>
      change === 'grant'
        ? repos.safeguarding.authorise(userId, viewer.id, now)
        : { ok: true as const, value: await repos.safeguarding.withdraw(userId) },
    () => ({ at: now, actorUserId: viewer.id, action: `safeguarding.staff-${change}`, resource: `user:${userId}` }),
  )
  if (!changed.ok) return refuse(changed.errors.map((issue) => issue.message).join(' '))
  return redirect(`/admin/safeguarding-staff?changed=${change}`)
}

export default function SafeguardingStaff() {
  const { practitioners, changed, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href="/admin" className="govuk-back-link">
          Back to administration
        </a>
        <ErrorSummary errors={result?.error ? [{ field: 'practitioners', message: result.error }] : undefined} />
        {changed ? (
          <SuccessBanner>
            <p className="govuk-notification-banner__heading">
              {changed === 'grant'
                ? 'Authorisation granted.'
                : 'Authorisation withdrawn. From their next page they see no concern.'}
            </p>
          </SuccessBanner>
        ) : null}
        <h1 className="govuk-heading-l">Who may see safeguarding concerns</h1>
        <p className="govuk-body">
          Only practitioners authorised here can see, triage and run enquiries into safeguarding concerns. Anyone else
          who asks for a concern is told it does not exist. Every change is kept in the audit log.
        </p>
        <ScrollableTable label="Practitioners">
          <table className="govuk-table" id="practitioners">
            <caption className="govuk-table__caption govuk-table__caption--m">Practitioners</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Practitioner
                </th>
                <th scope="col" className="govuk-table__header">
                  Authorised
                </th>
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Change</span>
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {practitioners.map((practitioner) => (
                <tr className="govuk-table__row" key={practitioner.id}>
                  <td className="govuk-table__cell">
                    {practitioner.displayName}
                    <br />
                    <span className="govuk-hint govuk-!-margin-bottom-0">{practitioner.email}</span>
                  </td>
                  <td className="govuk-table__cell">{practitioner.authorised ? 'Yes' : 'No'}</td>
                  <td className="govuk-table__cell">
                    <Form method="post" className="app-inline-form">
                      <CsrfInput />
                      <input type="hidden" name="userId" value={practitioner.id} />
                      <input type="hidden" name="change" value={practitioner.authorised ? 'withdraw' : 'grant'} />
                      <button
                        type="submit"
                        className={`govuk-button govuk-!-margin-bottom-0 ${practitioner.authorised ? 'govuk-button--warning' : 'govuk-button--secondary'}`}
                      >
                        {practitioner.authorised ? 'Withdraw' : 'Authorise'}
                        <span className="govuk-visually-hidden"> {practitioner.displayName}</span>
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      </div>
    </div>
  )
}
