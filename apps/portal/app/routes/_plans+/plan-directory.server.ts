import type { ActionFunctionArgs } from '@remix-run/node'
import { json } from '@remix-run/node'
import type { AppContext } from '~/.server/context'
import { readProtectedForm } from '~/.server/auth/csrf'
import type { RouteId } from '~/.server/auth/access'
import { formValues, type ChosenService } from './plan-forms.server'
import { loadOwnPlan } from './plan-routes.server'
import type { StepResult } from './plan-step.server'

/** How many services the support step offers to choose from at once; more words find the rest. */
const CHOICES = 100

const onOffer = (status: string) => status === 'active' || status === 'temporarily closed'

/**
 * The directory's services a support can name (issue 17): those on offer whose words match (all of them, by name,
 * when none are typed), at most a hundred, with the one already chosen kept in the list so choosing again is not
 * needed after a search.
 */
export async function servicesToChoose(
  context: AppContext,
  words: string,
  chosenId: string,
): Promise<{ value: string; label: string }[]> {
  const { directory } = context.database.repos
  const listed = await directory.listServices({ page: 1, perPage: CHOICES, search: words.trim() || undefined })
  const choices = listed.contents.filter((service) => onOffer(service.status))
  const chosen =
    chosenId === '' || choices.some((service) => service.id === chosenId)
      ? undefined
      : await directory.getService(chosenId)
  return [...(chosen && onOffer(chosen.status) ? [chosen] : []), ...choices].map((service) => ({
    value: service.id,
    label: service.organization ? `${service.name} (${service.organization.name})` : service.name,
  }))
}

/** The service a support names, if the directory publishes it and it still runs; its name is today's. */
export async function chosenService(context: AppContext, id: string): Promise<ChosenService | undefined> {
  // Only a uuid can be a directory id; anything else is refused without asking the database.
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id.trim())) return undefined
  const service = await context.database.repos.directory.getService(id.trim())
  // The plan holds a name of at most 200 characters; the id is what links it to the directory.
  return service && onOffer(service.status) ? { id: service.id, name: service.name.slice(0, 200) } : undefined
}

/**
 * "Find services" on the support step: the same page again with everything typed kept and the services matching
 * the words to choose from. Nothing is saved, so it needs no audit entry beyond the plan's read.
 */
export async function findServicesAction({ request, params }: ActionFunctionArgs, routeId: RouteId) {
  const { context } = await loadOwnPlan(request, routeId, params.personId ?? '', 'support-plan.read')
  const form = formValues(await readProtectedForm(request, context))
  const words = (form.values.directorySearch ?? '').slice(0, 200)
  const services = await servicesToChoose(context, words, form.values.directoryService ?? '')
  const result: StepResult = { errors: [], form, needsReview: null }
  return json({ ...result, services })
}
