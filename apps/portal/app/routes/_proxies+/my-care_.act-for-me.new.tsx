import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { ProxyRequestSchema, proxyScopeLabels } from '@open-sds/support-planning'
import { BackLink } from '~/components/BackLink'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios } from '~/components/FormFields'
import { RolePage } from '~/components/RolePage'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { auditedChange } from '~/.server/audited-change'
import { validateForm } from '~/.server/forms'
import { withArrival } from '../_work+/work-arrival.server'
import { ownRecordOf, proxyEntry } from './proxies.server'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Ask for someone to act for you')

const ROUTE = 'routes/_proxies+/my-care_.act-for-me.new' as const
const FIELDS = ['name', 'email', 'relationship', 'scope']

const scopeChoices = Object.entries(proxyScopeLabels).map(([value, { label, allows }]) => ({
  value,
  label,
  hint: allows,
}))

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    name: viewer.displayName,
    hasOwnRecord: Boolean(await ownRecordOf(context, viewer)),
  })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const person = await ownRecordOf(context, viewer)
  if (!person) throw redirect('/my-care/act-for-me')
  const outcome = validateForm(ProxyRequestSchema, form, FIELDS)
  if (!outcome.ok) {
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      { errors: outcome.errors, values: outcome.values },
    )
  }
  const now = new Date()
  const { name, email, relationship, scope } = outcome.data
  // The request, its audit entry and its place in the front door's queue: stored together or not at all.
  const stored = await auditedChange(
    context,
    (repos) =>
      withArrival(
        context,
        repos.proxies.ask(
          {
            personId: person.id,
            askedByUserId: viewer.id,
            proxyName: name,
            proxyEmail: email,
            relationship,
            scope,
          },
          now,
        ),
        (asked) => ({
          kind: 'proxy-request' as const,
          personId: person.id,
          subject: `proxy-request:${asked.id}`,
          actorUserId: viewer.id,
        }),
        now,
      ),
    (asked) => proxyEntry(asked, viewer.id, 'proxy.ask', now, { scope, relationship }),
  )
  if (!stored.ok) throw new Error('The request for someone to act for the person could not be stored')
  return redirect('/my-care/act-for-me?done=asked')
}

export default function AskForAProxy() {
  const { name, hasOwnRecord, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.values ?? {}
  return (
    <RolePage caption={name} heading="Ask for someone to act for you">
      <ErrorSummary errors={errors} />
      {hasOwnRecord ? (
        <>
          <p className="govuk-body">
            Someone you trust, such as a relative, a friend or an advocate, can see your records or fill in forms for
            you. We will check with you that you asked for this before we let them. Then we send them a link to accept.
          </p>
          <Form method="post" noValidate>
            <CsrfInput />
            <TextInput
              name="name"
              label="Their full name"
              autoComplete="off"
              defaultValue={values.name}
              error={errorFor(errors, 'name')}
            />
            <TextInput
              name="email"
              label="Their email address"
              type="email"
              autoComplete="off"
              spellCheck={false}
              hint="We send the link to accept here. They sign in, or make an account, with this address."
              defaultValue={values.email}
              error={errorFor(errors, 'email')}
            />
            <TextInput
              name="relationship"
              label="How are they related to you?"
              hint="For example, daughter, friend or advocate"
              defaultValue={values.relationship}
              error={errorFor(errors, 'relationship')}
            />
            <Radios
              name="scope"
              legend="What can they do for you?"
              legendSize="m"
              choices={scopeChoices}
              value={values.scope}
              error={errorFor(errors, 'scope')}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Send the request
            </button>
          </Form>
        </>
      ) : (
        <p className="govuk-body">
          Only someone with a record of their own can ask for someone to act for them. If you act for someone, they can
          ask from their own account.
        </p>
      )}
      <BackLink href="/my-care/act-for-me">Back to who can act for you</BackLink>
    </RolePage>
  )
}
