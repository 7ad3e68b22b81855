import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { EmailAddressInput } from '~/components/AccountFields'
import { BackLink } from '~/components/BackLink'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios } from '~/components/FormFields'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { validateForm } from '~/.server/forms'
import { NewStaffSchema, createStaffAccount, staffRoleChoices } from './staff-accounts.server'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Create a staff account')

const FIELDS = ['displayName', 'email', 'role', 'reason']

export async function loader({ request }: LoaderFunctionArgs) {
  const { context } = await authoriseSignedIn(request, 'routes/_admin+/admin.staff.new')
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    roles: staffRoleChoices,
  })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_admin+/admin.staff.new')
  const form = await readProtectedForm(request, context)
  const outcome = validateForm(NewStaffSchema, form, FIELDS)
  const refuse = (errors: { field: string; message: string }[], values: Record<string, string>) => {
    return refuseForm({ request, context, requestState: requestContext.requestState }, { errors, values })
  }
  if (!outcome.ok) return refuse(outcome.errors, outcome.values)
  const made = await createStaffAccount(
    context,
    { id: viewer.id, address: requestContext.clientAddress },
    outcome.data,
    new Date(),
  )
  if (!made.ok)
    return refuse(
      made.errors.map(({ path, message }) => ({ field: path, message })),
      Object.fromEntries(Object.entries(outcome.data).map(([key, value]) => [key, String(value)])),
    )
  return redirect(`/admin/staff?created=${encodeURIComponent(made.value.email)}`)
}

export default function NewStaffAccount() {
  const { roles, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const errors = result?.errors
  const values = result?.values
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Create a staff account</h1>
        <p className="govuk-body">
          They will be sent a link to set their own password. Nobody else, you included, will know it.
        </p>
        <Form method="post" noValidate>
          <CsrfInput />
          <TextInput
            name="displayName"
            label="Full name"
            spellCheck={false}
            defaultValue={values?.displayName}
            error={errorFor(errors, 'displayName')}
          />
          <EmailAddressInput defaultValue={values?.email} error={errorFor(errors, 'email')} />
          <Radios name="role" legend="Role" choices={roles} value={values?.role} error={errorFor(errors, 'role')} />
          <TextInput
            name="reason"
            label="Why is this account needed?"
            defaultValue={values?.reason}
            error={errorFor(errors, 'reason')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Create the account
          </button>
        </Form>
        <BackLink href="/admin/staff">Back to staff accounts</BackLink>
      </div>
    </div>
  )
}
