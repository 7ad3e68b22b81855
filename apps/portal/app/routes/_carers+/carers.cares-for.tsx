import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { BackLink } from '~/components/BackLink'
import { CsrfInput } from '~/components/CsrfInput'
import { DateInput } from '~/components/DateInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios } from '~/components/FormFields'
import { RolePage } from '~/components/RolePage'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { auditedChange } from '~/.server/audited-change'
import { dateFromBoxes, validateValues } from '~/.server/forms'
import type { AppContext } from '~/.server/context'
import type { Viewer } from '~/.server/auth/session'
import { carerOf, carerRecordFor } from './carers.server'
import { refuse, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Someone you care for')

const ROUTE = 'routes/_carers+/carers.cares-for' as const
const FIELDS = ['whom', 'name', 'dateOfBirthDay', 'reference', 'relationship']
const SOMEONE_ELSE = 'someone-else'
/** The same words for a record that does not exist and one the carer cannot reach: the page must not tell them apart. */
const unreachableMessage =
  'We cannot find anyone with that reference whose record you can see. Check it, or leave it blank if you do not know it'

const words = (message: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Use ${String(max)} characters or fewer` })

const LinkSchema = z
  .strictObject({
    whom: z.string({ error: 'Select whom you care for' }).min(1, { error: 'Select whom you care for' }),
    name: z.string().trim().max(200, { error: 'Use 200 characters or fewer' }),
    dateOfBirthDay: z
      .string()
      .refine((value) => value !== 'not a date', { error: 'Enter their date of birth as a real date, like 27 3 1950' }),
    reference: z.string().trim().max(100, { error: 'Use 100 characters or fewer' }),
    relationship: words('Enter how you are related to them, like my husband or my neighbour', 200),
  })
  .superRefine((form, context) => {
    if (form.whom === SOMEONE_ELSE && form.name === '')
      context.addIssue({ code: 'custom', path: ['name'], message: 'Enter the name of the person you care for' })
  })

/** The people this carer acts for (their records they can see), whom they may choose without typing. */
async function peopleTheyActFor(context: AppContext, viewer: Viewer) {
  const people = await context.database.repos.people.listForUser(viewer.id)
  return people.filter((person) => person.relationship === 'representative')
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const actFor = await peopleTheyActFor(context, viewer)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    choices: actFor.map((person) => ({ value: person.id, label: person.displayName })),
  })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const ownId = (await carerOf(context, viewer))?.personId
  const raw: Record<string, string> = {}
  for (const [key, value] of form.entries()) if (typeof value === 'string') raw[key] = value
  const input = {
    whom: raw.whom ?? '',
    name: raw.name ?? '',
    dateOfBirthDay: dateFromBoxes(raw, 'dateOfBirth'),
    reference: raw.reference ?? '',
    relationship: raw.relationship ?? '',
  }
  const refused = (errors: { field: string; message: string }[]) => {
    const { csrf: _csrf, ...values } = raw
    return refuse({ request, context, requestState: requestContext.requestState }, { errors, values })
  }
  const outcome = validateValues(LinkSchema, input, raw, FIELDS)
  if (!outcome.ok) return refused(outcome.errors)
  const { whom, name, dateOfBirthDay, reference, relationship } = outcome.data
  const { people } = context.database.repos
  // Someone known: chosen from the people they act for, or by a reference to a record they can see. Anything else
  // (no such record, or one they have no relationship to) gets the same refusal.
  const knownId = whom === SOMEONE_ELSE ? reference : whom
  let caredFor: { id: string | null; name: string; dateOfBirth: string | null }
  if (knownId === '') caredFor = { id: null, name, dateOfBirth: dateOfBirthDay === '' ? null : dateOfBirthDay }
  else {
    const relation = knownId === ownId ? undefined : await people.relationshipOf(viewer.id, knownId)
    const person = relation === 'representative' ? await people.findById(knownId) : undefined
    if (!person) return refused([{ field: whom === SOMEONE_ELSE ? 'reference' : 'whom', message: unreachableMessage }])
    caredFor = { id: person.id, name: person.displayName, dateOfBirth: person.dateOfBirth ?? null }
  }
  const now = new Date()
  const linked = await auditedChange(
    context,
    async (repos) =>
      repos.carers.link(
        {
          carerPersonId: (await carerRecordFor(context, viewer, now)).personId,
          caredForPersonId: caredFor.id,
          caredForName: caredFor.name,
          caredForDateOfBirth: caredFor.dateOfBirth,
          relationship,
          createdByUserId: viewer.id,
        },
        now,
      ),
    (relation) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'carer.link',
      personId: relation.carerPersonId,
      resource: `caring-relationship:${relation.id}`,
      detail: { known: relation.caredForPersonId !== null },
    }),
  )
  if (!linked.ok) return refused([{ field: 'whom', message: linked.errors[0]?.message ?? 'This could not be saved' }])
  return redirect('/carers')
}

export default function CaresFor() {
  const { choices, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.values ?? {}
  return (
    <RolePage caption="Support for you as a carer" heading="Someone you care for">
      <ErrorSummary
        errors={errors?.map((error) => ({
          ...error,
          href: error.field === 'dateOfBirthDay' ? '#dateOfBirthDay' : `#${error.field}`,
        }))}
      />
      <Form method="post" noValidate>
        <CsrfInput />
        <Radios
          name="whom"
          legend="Whom do you care for?"
          legendSize="m"
          choices={[
            ...choices,
            { value: SOMEONE_ELSE, label: choices.length > 0 ? 'Someone else' : 'Tell us who', hint: undefined },
          ]}
          error={errorFor(errors, 'whom')}
          value={values.whom}
        />
        <h2 className="govuk-heading-s">If it is someone else</h2>
        <TextInput name="name" label="Their full name" error={errorFor(errors, 'name')} defaultValue={values.name} />
        <DateInput
          name="dateOfBirth"
          legend="Their date of birth (optional)"
          hint="For example, 27 3 1950"
          error={errorFor(errors, 'dateOfBirthDay')}
          values={values}
        />
        <TextInput
          name="reference"
          label="Their council reference (optional)"
          hint="Only if you can already see their record here. Leave it blank if you do not know it."
          error={errorFor(errors, 'reference')}
          defaultValue={values.reference}
          widthClass="govuk-input--width-20"
        />
        <TextInput
          name="relationship"
          label="How are you related to them?"
          hint="For example, my husband, my mum, my neighbour"
          error={errorFor(errors, 'relationship')}
          defaultValue={values.relationship}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Save
        </button>
      </Form>
      <BackLink href="/carers">Back to support for you as a carer</BackLink>
    </RolePage>
  )
}
