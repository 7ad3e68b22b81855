import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { readServicesFeed } from '@open-sds/directory'
import { formatLongDate, todayInEngland } from '@open-sds/kernel'
import { BackLink } from '~/components/BackLink'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { describedBy, LabelledField } from '~/components/LabelledField'
import { SummaryCard } from '~/components/SummaryCard'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'
import { fetchFeed, importFeed, sha256Of } from './directory-import.server'

// The loader shows a refusal brought back to the page (decision 055) or a file too large: the title says so too.
export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, 'Import another directory', (data?.errors?.length ?? 0) > 0)

const ROUTE = 'routes/_directory+/admin.directory.import' as const
/** How many of the latest import runs the page lists. */
const RECENT = 20

type Answer = { errors?: { field: string; message: string }[]; url?: string; assured?: boolean; again?: boolean }
type Shown = Answer & {
  limitKb: number
  runs: Awaited<ReturnType<typeof recentRuns>>
  already?: Awaited<ReturnType<typeof alreadyImported>>
}

/** The latest import runs, each linking to its report (decision 065). */
async function recentRuns(context: Awaited<ReturnType<typeof authoriseSignedIn>>['context']) {
  const runs = await context.database.repos.directoryListings.recentImports(RECENT)
  return runs.map((run) => ({
    id: run.id,
    source: run.source,
    on: formatLongDate(todayInEngland(run.importedAt)),
    counts: `${run.added} added, ${run.changed} changed, ${run.unchanged} unchanged, ${run.refused} refused`,
  }))
}

export async function loader({ request, context: requestContext }: LoaderFunctionArgs) {
  const { context } = await authoriseSignedIn(request, ROUTE)
  const limitKb = Math.round(context.config.maxBodyBytes / 1024)
  const runs = await recentRuns(context)
  // A refused import comes back here (decision 055) with what was wrong and what was typed, once.
  const refusal = await takeRefusal<Answer>(request, context)
  if (refusal) {
    requestContext.requestState.formHasErrors = true
    return json<Shown>({ ...refusal, limitKb, runs })
  }
  // The server refuses a body over its limit before this page runs, and sends a browser back here to say so.
  if (new URL(request.url).searchParams.has('too-large')) {
    requestContext.requestState.formHasErrors = true
    return json<Shown>({
      limitKb,
      runs,
      errors: [
        {
          field: 'file',
          message: `The file is larger than ${limitKb} KB, the most this page accepts: import the feed from its address instead, or in smaller files`,
        },
      ],
    })
  }
  return json<Shown>({ limitKb, runs, already: await alreadyImported(context, new URL(request.url).searchParams) })
}

/** The import's own page, where its report stays (Post/Redirect/Get: refreshing it never imports again). */
const toRun = (id: string) => redirect(`/admin/directory/imports/${id}?imported`, 303)
/** Back to this page to say the file or feed was imported before, with nothing added (decision 065). */
const toEarlier = (id: string, what: 'file' | 'feed') =>
  redirect(`/admin/directory/import?already=${encodeURIComponent(id)}&what=${what}`, 303)

/** What the page says when the same file or unchanged feed is imported again: when, from where, and a link. */
async function alreadyImported(
  context: Awaited<ReturnType<typeof authoriseSignedIn>>['context'],
  params: URLSearchParams,
) {
  const id = params.get('already')
  const run = id ? await context.database.repos.directoryListings.getImport(id.slice(0, 100)) : undefined
  if (!run) return undefined
  const on = formatLongDate(todayInEngland(run.importedAt))
  return {
    href: `/admin/directory/imports/${run.id}`,
    // Records refused then may be accepted now (a kind of support added since): the administrator may try again.
    refused: run.refused,
    text:
      params.get('what') === 'feed'
        ? `This feed is unchanged since it was imported on ${on} from ${run.source}: nothing was added`
        : `This file was already imported on ${on} from ${run.source}: nothing was added`,
  }
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const now = new Date()
  const assured = form.get('assured') === 'yes'
  // The administrator's word that the same bytes should be read again, when the last import of them refused some.
  const again = form.get('again') === 'yes'
  const refuse = (field: string, message: string, url?: string) =>
    refuseForm({ request, context, requestState: requestContext.requestState }, {
      errors: [{ field, message }],
      url,
      assured,
      again,
    } satisfies Answer)
  if (form.get('intent') === 'url') {
    const url = String(form.get('url') ?? '').slice(0, 2000)
    if (url.trim() === '') return refuse('url', 'Enter the feed’s address, starting https:// or http://', url)
    const fetched = await fetchFeed(url, { insideAllowed: context.config.feedImportInside })
    if (!fetched.ok) return refuse('url', fetched.errors[0]?.message ?? 'The feed could not be read', url)
    const sha256 = fetched.sha256 ?? sha256Of([])
    const earlier = await context.database.repos.directoryListings.importWithHash(sha256)
    if (earlier && !again) return toEarlier(earlier.id, 'feed')
    const run = await importFeed(
      context,
      viewer,
      { source: url.trim(), records: fetched.value, assured, sha256, sourceKey: earlier?.sourceKey },
      now,
    )
    return toRun(run.id)
  }
  const file = form.get('file')
  if (!(file instanceof File) || file.size === 0) return refuse('file', 'Choose an ORUK feed file to import')
  const text = await file.text()
  const read = readServicesFeed(text)
  if (!read.ok) return refuse('file', read.errors[0]?.message ?? 'The file could not be read')
  const source = file.name.slice(0, 200)
  const sha256 = sha256Of([text])
  // The same bytes under another name are the same file (decision 065): nothing is imported again.
  const earlier = await context.database.repos.directoryListings.importWithHash(sha256)
  if (earlier && !again) return toEarlier(earlier.id, 'file')
  // Read again on request, the same bytes keep the ids they were given the first time, under whatever name.
  const run = await importFeed(
    context,
    viewer,
    { source, records: read.value.records, assured, sha256, sourceKey: earlier?.sourceKey },
    now,
  )
  return toRun(run.id)
}

/** The words each form's small yes-checkbox carries: why it is there is said where it is used. */
const CHECKBOX_LABELS = {
  // The administrator's word that they checked the records, which publishes them; without it they wait for review.
  assured: 'I have checked these services are accurate: publish them now, checked today',
  // Offered when the same bytes were imported before and that import refused some: reading them again keeps what is
  // unchanged and tries the refused records once more.
  again: 'Import it again, even if it was imported before',
} as const

function YesCheckbox({ form, name, checked }: { form: string; name: keyof typeof CHECKBOX_LABELS; checked: boolean }) {
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={`${form}-${name}`}
            name={name}
            type="checkbox"
            value="yes"
            defaultChecked={checked}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={`${form}-${name}`}>
            {CHECKBOX_LABELS[name]}
          </label>
        </div>
      </div>
    </div>
  )
}

export default function ImportDirectory() {
  const { limitKb, runs, already, ...loaded } = useLoaderData<typeof loader>()
  // A client that is not a browser is answered 400 with the page itself (decision 055).
  const acted = useActionData<typeof action>() as Answer | undefined
  const answer: Answer = acted ?? loaded
  const errors = answer.errors
  const offerAgain = (already?.refused ?? 0) > 0 || answer.again === true
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">Service directory</span>
        <h1 className="govuk-heading-l">Import another directory</h1>
        {already ? (
          <div className="govuk-inset-text">
            <p className="govuk-body">{already.text}.</p>
            {already.refused > 0 ? (
              <p className="govuk-body">
                {`That import refused ${already.refused === 1 ? '1 record' : `${already.refused} records`}. If what this directory accepts has changed since (a kind of support added), choose it again and tick “Import it again”.`}
              </p>
            ) : null}
            <p className="govuk-body">
              <a className="govuk-link" href={already.href}>
                See what that import did
              </a>
            </p>
          </div>
        ) : null}
        <p className="govuk-body">
          Import the services of another Open Referral UK 3.0 directory. Each new or changed service the standard
          accepts waits in listings to check until you publish it, unless you say you have checked them; one the same as
          when it was last imported is left as it was. A service with problems is refused with what is wrong, and the
          others are kept. Its organisation must be in the service, and its kinds of support must be in this directory’s
          list.
        </p>
        <h2 className="govuk-heading-m">From a file</h2>
        <Form method="post" encType="multipart/form-data" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="file" />
          <LabelledField
            name="file"
            label="An ORUK feed file"
            hint={`One service a line (format=ndjson), or a page of services in JSON; up to ${limitKb} KB (import a larger feed from its address)`}
            error={errorFor(errors, 'file')}
          >
            <input
              className={`govuk-file-upload${errorFor(errors, 'file') ? ' govuk-file-upload--error' : ''}`}
              id="file"
              name="file"
              type="file"
              accept=".json,.ndjson,.jsonl,application/json,application/x-ndjson"
              aria-describedby={describedBy('file', 'hint', errorFor(errors, 'file'))}
            />
          </LabelledField>
          <YesCheckbox form="file" name="assured" checked={answer.assured === true} />
          {offerAgain ? <YesCheckbox form="file" name="again" checked={answer.again === true} /> : null}
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Import the file
          </button>
        </Form>
        <h2 className="govuk-heading-m">From an address</h2>
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="url" />
          <TextInput
            name="url"
            label="The feed’s address"
            hint="For example, https://directory.example.org/oruk/services?format=ndjson&full=true"
            spellCheck={false}
            defaultValue={answer.url}
            error={errorFor(errors, 'url')}
          />
          <YesCheckbox form="url" name="assured" checked={answer.assured === true} />
          {offerAgain ? <YesCheckbox form="url" name="again" checked={answer.again === true} /> : null}
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Import from the address
          </button>
        </Form>
        <h2 className="govuk-heading-m">Recent imports</h2>
        {runs.length === 0 ? <p className="govuk-body">Nothing has been imported yet.</p> : null}
        {runs.map((run) => (
          <SummaryCard
            key={run.id}
            title={
              <a className="govuk-link" href={`/admin/directory/imports/${run.id}`}>
                {run.source}
              </a>
            }
            rows={[
              ['Imported on', run.on],
              ['Records', run.counts],
            ]}
          />
        ))}
        <BackLink href="/admin/directory">Back to listings to check</BackLink>
      </div>
    </div>
  )
}
