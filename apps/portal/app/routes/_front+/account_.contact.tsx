import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { ContactPreferenceSchema } from '@open-sds/db'
import { BackToAccountDetails } from '~/components/AccountFields'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios } from '~/components/FormFields'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { validateForm } from '~/.server/forms'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'How we contact you')

const FIELDS = ['channel', 'mobile', 'wording']
const ROUTE = 'routes/_front+/account_.contact'

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const chosen = await context.database.repos.contactPreferences.find(viewer.id)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    email: viewer.email,
    channel: chosen.channel,
    mobile: chosen.mobile ?? '',
    wording: chosen.wording,
  })
}

// Checked before anything is stored or queued (issue 15): a bad number is named and what was typed is kept.
export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const outcome = validateForm(ContactPreferenceSchema, form, FIELDS)
  if (!outcome.ok) {
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      { errors: outcome.errors, values: outcome.values },
    )
  }
  const now = new Date()
  const stored = await context.database.withAudit(
    (repos) => repos.contactPreferences.set(viewer.id, outcome.data, now),
    (done) =>
      done.ok
        ? {
            at: now,
            actorUserId: viewer.id,
            action: 'user.contact-preference',
            resource: `user:${viewer.id}`,
            // Not the number itself: the audit log says what was chosen, the account holds the number.
            detail: {
              channel: done.value.channel,
              wording: done.value.wording,
              mobileGiven: done.value.mobile !== null,
            },
          }
        : undefined,
  )
  if (!stored.ok) {
    requestContext.requestState.formHasErrors = true
    const errors = stored.errors.map(({ path, message }) => ({ field: path || 'channel', message }))
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      { errors, values: Object.fromEntries(FIELDS.map((field) => [field, String(form.get(field) ?? '')])) },
    )
  }
  return redirect('/account/details?done=contact')
}

export default function ContactPreference() {
  const saved = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? saved.refusal
  const errors = result?.errors
  const values = result?.values ?? saved
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">How we contact you</h1>
        <p className="govuk-body">
          We send a short message when something happens: your plan is agreed, your budget changes or your review is
          due. It never says anything private: you sign in to read it.
        </p>
        <Form method="post" noValidate>
          <CsrfInput />
          <Radios
            name="channel"
            legend="How should we send messages?"
            legendSize="m"
            value={values.channel}
            error={errorFor(errors, 'channel')}
            choices={[
              { value: 'email', label: 'Email', hint: `To ${saved.email}` },
              { value: 'sms', label: 'Text message', hint: 'To the mobile phone number below' },
            ]}
          />
          <TextInput
            name="mobile"
            label="UK mobile phone number"
            hint="Only needed for text messages. For example, 07700 900 982"
            type="tel"
            autoComplete="tel"
            widthClass="govuk-input--width-20"
            defaultValue={values.mobile}
            error={errorFor(errors, 'mobile')}
          />
          <Radios
            name="wording"
            legend="Which wording do you want?"
            legendSize="m"
            value={values.wording}
            error={errorFor(errors, 'wording')}
            choices={[
              { value: 'standard', label: 'Standard wording' },
              { value: 'easy-read', label: 'Easy Read', hint: 'Short sentences in plain words' },
            ]}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Save how we contact you
          </button>
        </Form>
        <BackToAccountDetails />
      </div>
    </div>
  )
}
