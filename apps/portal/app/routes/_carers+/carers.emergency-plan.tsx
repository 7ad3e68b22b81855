import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { BackLink } from '~/components/BackLink'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Textarea } from '~/components/FormFields'
import { RolePage } from '~/components/RolePage'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { validateForm } from '~/.server/forms'
import { emergencyView } from './carer-plans.server'
import { carerReadingOwn, requireCarer } from './carers.server'
import { refuse, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Your emergency plan')

const ROUTE = 'routes/_carers+/carers.emergency-plan' as const
const FIELDS = ['whoStepsIn', 'whatTheyNeedToKnow', 'howToReachThem']

const words = (message: string, max: number) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Use ${max.toLocaleString('en-GB')} characters or fewer` })

const EmergencyPlanSchema = z.object({
  whoStepsIn: words('Enter who steps in if you cannot care', 1_000),
  whatTheyNeedToKnow: words('Enter what they need to know', 2_000),
  howToReachThem: words('Enter how to reach them, like a phone number', 500),
})

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, carer } = await carerReadingOwn(request, ROUTE, 'carer-emergency-plan')
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    emergency: emergencyView(await context.database.repos.carerPlans.latestEmergencyPlan(carer.personId)),
  })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const carer = await requireCarer(context, viewer)
  const outcome = validateForm(EmergencyPlanSchema, form, FIELDS)
  if (!outcome.ok) {
    return refuse(
      { request, context, requestState: requestContext.requestState },
      { errors: outcome.errors, values: outcome.values },
    )
  }
  const now = new Date()
  await context.database.withAudit(
    (repos) =>
      repos.carerPlans.writeEmergencyPlan(
        { carerPersonId: carer.personId, ...outcome.data, writtenByUserId: viewer.id },
        now,
      ),
    (written) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'carer-emergency-plan.write',
      personId: carer.personId,
      resource: `carer-emergency-plan:${written.id}`,
    }),
  )
  return redirect('/carers/plan')
}

export default function EmergencyPlan() {
  const { emergency, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const errors = result?.errors
  const valueOf = (name: 'whoStepsIn' | 'whatTheyNeedToKnow' | 'howToReachThem') =>
    result ? result.values[name] : emergency?.[name]
  return (
    <RolePage caption="Support for you as a carer" heading="Your emergency plan">
      <ErrorSummary errors={errors} />
      <p className="govuk-body">
        If you suddenly cannot care, for example because you are ill or in hospital, this tells us who steps in and what
        they need to know. You can change it at any time.
      </p>
      <Form method="post" noValidate>
        <CsrfInput />
        <Textarea
          name="whoStepsIn"
          label="Who steps in if you cannot care"
          hint="For example, my son Tom"
          error={errorFor(errors, 'whoStepsIn')}
          value={valueOf('whoStepsIn')}
          rows={2}
        />
        <Textarea
          name="whatTheyNeedToKnow"
          label="What they need to know"
          hint="Medicines, routines, who else to call"
          error={errorFor(errors, 'whatTheyNeedToKnow')}
          value={valueOf('whatTheyNeedToKnow')}
        />
        <TextInput
          name="howToReachThem"
          label="How to reach them"
          hint="A phone number or address"
          error={errorFor(errors, 'howToReachThem')}
          defaultValue={valueOf('howToReachThem')}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Save your emergency plan
        </button>
      </Form>
      <BackLink href="/carers/plan">Back to your plan and budget</BackLink>
    </RolePage>
  )
}
