import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { assuranceDue, notFoundNearAPlace } from '@open-sds/directory'
import { formatLongDate, todayInEngland } from '@open-sds/kernel'
import { BackLink } from '~/components/BackLink'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios, Textarea } from '~/components/FormFields'
import { SummaryCard } from '~/components/SummaryCard'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import type { AppContext } from '~/.server/context'
import { validateForm } from '~/.server/forms'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'
import { ListingHistory, historyRows } from './__ListingHistory'
import { NotFoundNearAPlace } from './__NotFoundNearAPlace'
import { importLinksOf } from './import-links.server'
import { ReviewFormSchema, listingRows, needChoices, reassureListing, reviewListing } from './listings.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Check a listing')

const ROUTE = 'routes/_directory+/admin.directory.$serviceId' as const

/** The listing's versions and its published form; a service with neither is not found. */
async function listing(context: AppContext, serviceId: string) {
  const [history, published] = await Promise.all([
    context.database.repos.directoryListings.history(serviceId),
    context.database.repos.directory.getService(serviceId),
  ])
  if (history.length === 0 && !published)
    throw new Response('There is no page at this address. If you typed it, check it is correct.', {
      status: 404,
      statusText: 'Not Found',
    })
  const newest = history[0]
  const waiting = newest && newest.review === null ? newest : undefined
  return { history, published, waiting }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context } = await authoriseSignedIn(request, ROUTE)
  const { history, published, waiting } = await listing(context, params.serviceId ?? '')
  const needNames = new Map((await needChoices(context)).map((need) => [need.value, need.label]))
  const lister = waiting ? await context.database.repos.directoryListings.getLister(waiting.organizationId) : undefined
  // Which import sent the waiting version, if one did (decision 065).
  const imported = waiting?.importId
    ? (await importLinksOf(context, [waiting.importId])).get(waiting.importId)
    : undefined
  return json({
    name: (waiting ?? history[0])?.service.name ?? published?.name ?? '',
    waiting: waiting
      ? {
          version: waiting.version,
          rows: listingRows({ ...waiting.service, organization: lister?.organization }, needNames),
          notNearby: notFoundNearAPlace(waiting.service) ?? null,
          imported: imported ?? null,
        }
      : null,
    published: published
      ? {
          rows: listingRows(published, needNames),
          checked: published.assured_date ? formatLongDate(published.assured_date) : 'Never',
          due: assuranceDue(published.assured_date, todayInEngland(new Date())),
          notNearby: notFoundNearAPlace(published) ?? null,
        }
      : null,
    history: historyRows(history),
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { published, waiting } = await listing(context, params.serviceId ?? '')
  const form = await readProtectedForm(request, context)
  const now = new Date()
  if (form.get('intent') === 'reassure' && published && !waiting) {
    const done = await reassureListing(context, viewer, published, now)
    if (done.ok) return redirect(`/admin/directory?done=${encodeURIComponent(`${published.name} was checked again`)}`)
  }
  if (!waiting) return redirect(`/admin/directory/${params.serviceId ?? ''}`)
  const outcome = validateForm(ReviewFormSchema, form, ['decision', 'reason'])
  const refuse = (errors: { field: string; message: string }[], values: Record<string, string>) =>
    refuseForm({ request, context, requestState: requestContext.requestState }, { errors, values })
  // The assurer decides on the version they read: one sent since (a change, perhaps not for the better) is refused,
  // never published unseen.
  if (form.get('seen') !== String(waiting.version))
    return refuse(
      [
        {
          field: 'decision',
          message: `The organisation sent a new version (version ${String(waiting.version)}) after you opened this page. Nothing has been decided: read it below, then decide again`,
        },
      ],
      { decision: String(form.get('decision') ?? ''), reason: String(form.get('reason') ?? '') },
    )
  if (!outcome.ok)
    return refuse(
      outcome.errors.map((error) =>
        error.field === 'decision' && !form.get('decision')
          ? { ...error, message: 'Choose publish or send back' }
          : error,
      ),
      outcome.values,
    )
  const decided = await reviewListing(context, viewer, waiting, outcome.data, now)
  if (!decided.ok)
    return refuse(
      decided.errors.map(({ path, message }) => ({ field: path === 'reason' ? 'reason' : 'decision', message })),
      { decision: String(form.get('decision') ?? ''), reason: String(form.get('reason') ?? '') },
    )
  const words = outcome.data.decision === 'published' ? 'was published' : 'was sent back to its organisation'
  return redirect(`/admin/directory?done=${encodeURIComponent(`${waiting.service.name} ${words}`)}`)
}

export default function CheckListing() {
  const { name, waiting, published, history, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const errors = result?.errors
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">Check a listing</span>
        <h1 className="govuk-heading-l">{name}</h1>
        {waiting ? (
          <>
            <NotFoundNearAPlace warning={waiting.notNearby} />
            {waiting.imported ? (
              <p className="govuk-body">
                <a className="govuk-link" href={waiting.imported.href}>
                  {waiting.imported.text}
                </a>
              </p>
            ) : null}
            <SummaryCard title={`Version ${waiting.version}, waiting to be checked`} rows={waiting.rows} />
            {published ? <SummaryCard title="As published now" rows={published.rows} /> : null}
            <Form method="post" noValidate>
              <CsrfInput />
              <input type="hidden" name="seen" value={waiting.version} />
              <Radios
                name="decision"
                legend="Is this listing accurate?"
                legendSize="m"
                choices={[
                  {
                    value: 'published',
                    label: 'Yes: publish it',
                    hint: 'Today is published as the date it was checked.',
                  },
                  { value: 'returned', label: 'No: send it back to the organisation' },
                ]}
                value={result?.values?.decision}
                error={errorFor(errors, 'decision')}
              />
              <Textarea
                name="reason"
                label="If you send it back, what needs to change?"
                value={result?.values?.reason}
                error={errorFor(errors, 'reason')}
              />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Save the decision
              </button>
            </Form>
          </>
        ) : published ? (
          <>
            <NotFoundNearAPlace warning={published.notNearby} />
            <SummaryCard title="As published" rows={[...published.rows, ['Last checked', published.checked]]} />
            {published.due ? (
              <p className="govuk-body">This listing has not been checked in the last three months.</p>
            ) : null}
            <Form method="post">
              <CsrfInput />
              <input type="hidden" name="intent" value="reassure" />
              <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
                It is still right: record it as checked today
              </button>
            </Form>
          </>
        ) : null}
        {history.length > 0 ? <ListingHistory rows={history} /> : null}
        <BackLink href="/admin/directory">Back to listings to check</BackLink>
      </div>
    </div>
  )
}
