import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { BackLink } from '~/components/BackLink'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Checkboxes } from '~/components/FormFields'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { validateValues } from '~/.server/forms'
import { NewTeamFormSchema, createTeam, workKindChoices } from './teams.server'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Create a team')

const ROUTE = 'routes/_admin+/admin.teams.new' as const

export async function loader({ request }: LoaderFunctionArgs) {
  const { context } = await authoriseSignedIn(request, ROUTE)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    kinds: workKindChoices,
  })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const typed = { name: String(form.get('name') ?? ''), handles: form.getAll('handles').map(String) }
  const refuse = (errors: { field: string; message: string }[]) => {
    return refuseForm({ request, context, requestState: requestContext.requestState }, { errors, values: typed })
  }
  const outcome = validateValues(NewTeamFormSchema, typed, { name: typed.name }, ['name', 'handles'])
  if (!outcome.ok) return refuse(outcome.errors)
  const made = await createTeam(
    context,
    { id: viewer.id, address: requestContext.clientAddress },
    outcome.data,
    new Date(),
  )
  if (!made.ok) return refuse(made.errors.map(({ path, message }) => ({ field: path, message })))
  return redirect(`/admin/teams/${made.value.id}?created=1`)
}

export default function NewTeam() {
  const { kinds, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const errors = result?.errors
  const values = result?.values
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Create a team</h1>
        <Form method="post" noValidate>
          <CsrfInput />
          <TextInput name="name" label="Team name" defaultValue={values?.name} error={errorFor(errors, 'name')} />
          <Checkboxes
            name="handles"
            legend="Which work does it handle?"
            hint="New work of these kinds goes to this team’s queue. Of several teams, the one handling the fewest kinds gets it."
            choices={kinds}
            values={values?.handles}
            error={errorFor(errors, 'handles')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Create the team
          </button>
        </Form>
        <BackLink href="/admin/teams">Back to teams</BackLink>
      </div>
    </div>
  )
}
