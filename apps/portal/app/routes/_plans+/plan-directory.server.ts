import type { Service } from '@open-sds/directory'
import {
  directoryReviewPrompts,
  directoryServiceIdsOf,
  type DirectoryReviewPrompt,
  type DirectoryServiceNow,
  type Plan,
} from '@open-sds/support-planning'
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

/** What a plan keeps of a service on the day it is chosen, and checks it against later: its ids, name, places. */
const asKept = (service: Service): DirectoryServiceNow => ({
  id: service.id,
  name: service.name.slice(0, 200),
  status: service.status,
  ...(service.organization_id === undefined ? {} : { organizationId: service.organization_id }),
  locationIds: [
    ...new Set((service.service_at_locations ?? []).flatMap((at) => at.location_id ?? at.location?.id ?? [])),
  ].slice(0, 50),
  ...(service.last_modified === undefined ? {} : { lastModified: service.last_modified }),
})

/** The service a support names, if the directory publishes it and it still runs, as the directory has it today. */
export async function chosenService(context: AppContext, id: string): Promise<ChosenService | undefined> {
  // Only a uuid can be a directory id; anything else is refused without asking the database.
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id.trim())) return undefined
  const service = await context.database.repos.directory.getService(id.trim())
  if (!service || !onOffer(service.status)) return undefined
  // The plan holds a name of at most 200 characters; the ids are what link it to the directory.
  const { status: _status, locationIds, ...kept } = asKept(service)
  return { ...kept, locationIds: [...locationIds] }
}

/**
 * The supports of a plan whose directory service has changed or stopped since it was chosen (issue 17), for the
 * practitioner to review. The directory is public, so reading it needs no audit entry of its own.
 */
export async function directoryPromptsFor(
  context: AppContext,
  plan: Pick<Plan, 'supports'>,
): Promise<DirectoryReviewPrompt[]> {
  const ids = directoryServiceIdsOf(plan)
  if (ids.length === 0) return []
  const found = await Promise.all(ids.map((id) => context.database.repos.directory.getService(id)))
  const services = new Map(found.flatMap((service) => (service ? [[service.id, asKept(service)] as const] : [])))
  return directoryReviewPrompts(plan, services)
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
