import { randomBytes } from 'node:crypto'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { isIsoDate } from '@open-sds/questionnaire'
import { z } from 'zod'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorMessage } from '~/components/ErrorMessage'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { RolePage } from '~/components/RolePage'
import { TextInput } from '~/components/TextInput'
import { DateInput } from '~/components/DateInput'
import { dateFromParts } from '~/.server/date-parts'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { todayInEngland } from '~/routes/_self-assessment+/self-assessment.server'
import { validateForm, type FieldError } from '~/.server/forms'
import { stateLabels } from './__you-said-we-did'
import { auditedChange } from '~/.server/audited-change'
import { formatDate } from '~/components/dates'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'You said, we did')

const ROUTE = 'routes/_coproduction+/coproduction.you-said-we-did' as const

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const records = await context.database.repos.coproduction.listYouSaidWeDid()
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    name: viewer.displayName,
    records: records.map(({ history, recordedAt: _recordedAt, ...record }) => ({ ...record, changes: history.length })),
  })
}

const date = (message: string) => z.string().trim().refine(isIsoDate, message)
const optionalDate = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || isIsoDate(value), message)
    .transform((value) => (value === '' ? undefined : value))

const NewRecordSchema = z.object({
  theme: z
    .string()
    .trim()
    .min(1, 'Enter the theme, for example "Information and advice"')
    .max(200, 'Keep the theme to 200 characters or fewer'),
  whatPeopleSaid: z
    .string()
    .trim()
    .min(1, 'Enter what people said')
    .max(2000, 'Keep what people said to 2,000 characters or fewer'),
  action: z
    .string()
    .trim()
    .min(1, 'Enter what is being done about it')
    .max(2000, 'Keep the action to 2,000 characters or fewer'),
  owner: z
    .string()
    .trim()
    .min(1, 'Enter who owns the action (a team or role)')
    .max(200, 'Keep the owner to 200 characters or fewer'),
  raisedOn: date('Enter the date it was raised, like 2026-04-01'),
  targetOn: optionalDate('Enter the target date like 2026-06-30, or leave it blank'),
})

const StatusSchema = z.object({
  recordId: z.string().min(1),
  version: z.coerce.number().int().min(1),
  state: z.enum(['planned', 'in-progress', 'done', 'not-doing'], { error: 'Choose the status' }),
  notDoingReason: z.string().trim().max(2000, 'Keep the reason to 2,000 characters or fewer').optional(),
})

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const now = new Date()
  const today = todayInEngland(now)
  const fail = (errors: FieldError[], values: Record<string, string>, target: string) => {
    return refuseForm({ request, context, requestState: requestContext.requestState }, { errors, values, target })
  }
  const repo = context.database.repos.coproduction
  if (form.get('intent') === 'status') {
    // Each record's fields carry its id so that their ids are unique on the page.
    const id = String(form.get('recordId') ?? '')
    form.set('notDoingReason', String(form.get(`notDoingReason-${id}`) ?? ''))
    const typed = Object.fromEntries(form.entries()) as Record<string, string>
    const checked = validateForm(StatusSchema, form, ['state', 'notDoingReason'])
    const target = String(form.get('recordId') ?? '')
    // The date it was done is asked as day, month and year, and only for done: then it must be there, and real.
    const doneOn =
      form.get('state') === 'done'
        ? dateFromParts('the date it was done', {
            day: typed[`doneOn-${id}Day`] ?? '',
            month: typed[`doneOn-${id}Month`] ?? '',
            year: typed[`doneOn-${id}Year`] ?? '',
          })
        : undefined
    const doneOnErrors: FieldError[] =
      doneOn === undefined
        ? []
        : !doneOn.ok
          ? [{ field: 'doneOn', message: doneOn.message }]
          : doneOn.date > today
            ? [{ field: 'doneOn', message: 'The date it was done cannot be in the future' }]
            : []
    if (!checked.ok || doneOnErrors.length > 0)
      return fail([...(checked.ok ? [] : checked.errors), ...doneOnErrors], typed, target)
    const current = (await repo.listYouSaidWeDid()).find((record) => record.recordId === checked.data.recordId)
    if (!current) return fail([{ field: 'state', message: 'This record no longer exists' }], typed, target)
    const {
      version: _version,
      recordedAt: _at,
      history: _history,
      doneOn: _doneOn,
      notDoingReason: _reason,
      ...rest
    } = current
    const saved = await auditedChange(
      context,
      (repos) =>
        repos.coproduction.saveYouSaidWeDid(
          {
            ...rest,
            state: checked.data.state,
            ...(doneOn?.ok ? { doneOn: doneOn.date } : {}),
            ...(checked.data.state === 'not-doing' && checked.data.notDoingReason
              ? { notDoingReason: checked.data.notDoingReason }
              : {}),
            recordedByUserId: viewer.id,
          },
          checked.data.version,
          now,
        ),
      () => ({
        at: now,
        actorUserId: viewer.id,
        action: 'you-said-we-did.update',
        resource: `you-said-we-did:${current.recordId}`,
      }),
    )
    if (!saved.ok)
      return fail(
        saved.errors.map((error) => ({
          field: error.path === 'version' ? 'state' : error.path,
          message: error.message,
        })),
        {},
        target,
      )
    return redirect('/coproduction/you-said-we-did')
  }
  // The dates come as GOV.UK day, month and year fields; a wrong part is named, and the typed parts are kept.
  const typed = Object.fromEntries(form.entries()) as Record<string, string>
  const dateErrors: FieldError[] = []
  for (const [name, what, required] of [
    ['raisedOn', 'the date it was raised', true],
    ['targetOn', 'the target date', false],
  ] as const) {
    const parts = {
      day: typed[`${name}Day`] ?? '',
      month: typed[`${name}Month`] ?? '',
      year: typed[`${name}Year`] ?? '',
    }
    const empty = !parts.day.trim() && !parts.month.trim() && !parts.year.trim()
    const read = dateFromParts(what, parts)
    form.set(name, read.ok ? read.date : '')
    if (!read.ok && (required || !empty)) dateErrors.push({ field: `${name}Day`, message: read.message })
  }
  const checked = validateForm(NewRecordSchema, form, [
    'theme',
    'whatPeopleSaid',
    'action',
    'owner',
    'raisedOn',
    'targetOn',
  ])
  if (!checked.ok || dateErrors.length > 0) {
    // A date's own message (naming the wrong part) stands in for the schema's general one.
    const others = checked.ok ? [] : checked.errors.filter((e) => !dateErrors.some((d) => d.field === `${e.field}Day`))
    return fail([...others, ...dateErrors], typed, 'new')
  }
  if (checked.data.raisedOn > today)
    return fail([{ field: 'raisedOnDay', message: 'The date it was raised cannot be in the future' }], typed, 'new')
  const slug =
    checked.data.theme
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'record'
  const recordId = `${slug}-${randomBytes(3).toString('hex')}`
  const { targetOn, ...fields } = checked.data
  const saved = await auditedChange(
    context,
    (repos) =>
      repos.coproduction.saveYouSaidWeDid(
        { recordId, ...fields, ...(targetOn ? { targetOn } : {}), state: 'planned', recordedByUserId: viewer.id },
        0,
        now,
      ),
    () => ({
      at: now,
      actorUserId: viewer.id,
      action: 'you-said-we-did.create',
      resource: `you-said-we-did:${recordId}`,
    }),
  )
  if (!saved.ok)
    return fail(
      saved.errors.map((error) => ({ field: error.path, message: error.message })),
      Object.fromEntries(form.entries()) as Record<string, string>,
      'new',
    )
  return redirect('/coproduction/you-said-we-did')
}

export default function YouSaidWeDidAdmin() {
  const { name, records, refusal } = useLoaderData<typeof loader>()
  const outcome = useActionData<typeof action>() ?? refusal
  const errorsFor = (target: string) => (outcome?.target === target ? outcome.errors : undefined)
  const newValues: Record<string, string> = outcome?.target === 'new' ? outcome.values : {}
  return (
    <RolePage caption={name} heading="You said, we did">
      <ErrorSummary
        errors={outcome?.errors.map((error) =>
          outcome.target === 'new'
            ? error
            : { ...error, href: `#${error.field}-${outcome.target}${error.field === 'doneOn' ? 'Day' : ''}` },
        )}
      />
      <p className="govuk-body">
        Each record is published on the{' '}
        <a className="govuk-link" href="/feedback">
          public feedback page
        </a>{' '}
        as soon as it is saved. Every change is kept.
      </p>
      {records.map((record) => {
        const errors = errorsFor(record.recordId)
        return (
          <section key={record.recordId} className="app-record" aria-labelledby={`heading-${record.recordId}`}>
            <h2 className="govuk-heading-m" id={`heading-${record.recordId}`}>
              {record.theme}
            </h2>
            <dl className="govuk-summary-list">
              <Row label="You said" value={record.whatPeopleSaid} />
              <Row label="We are doing" value={record.action} />
              <Row label="Owner" value={record.owner} />
              <Row label="Raised" value={formatDate(record.raisedOn)} />
              {record.targetOn ? <Row label="Target" value={formatDate(record.targetOn)} /> : null}
              <Row
                label="Status"
                value={`${stateLabels[record.state]}${record.doneOn ? ` on ${formatDate(record.doneOn)}` : ''}${record.notDoingReason ? `: ${record.notDoingReason}` : ''} (version ${record.version})`}
              />
            </dl>
            <Form method="post" noValidate>
              <CsrfInput />
              <input type="hidden" name="intent" value="status" />
              <input type="hidden" name="recordId" value={record.recordId} />
              <input type="hidden" name="version" value={record.version} />
              <div className={`govuk-form-group${errorFor(errors, 'state') ? ' govuk-form-group--error' : ''}`}>
                <fieldset className="govuk-fieldset">
                  <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Change the status</legend>
                  <ErrorMessage id={`state-${record.recordId}-error`} error={errorFor(errors, 'state')} />
                  <div className="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">
                    {(['planned', 'in-progress', 'done', 'not-doing'] as const).map((state, index) => (
                      <div className="govuk-radios__item" key={state}>
                        <input
                          className="govuk-radios__input"
                          id={index === 0 ? `state-${record.recordId}` : `state-${record.recordId}-${index + 1}`}
                          name="state"
                          type="radio"
                          value={state}
                          defaultChecked={record.state === state}
                        />
                        <label
                          className="govuk-label govuk-radios__label"
                          htmlFor={index === 0 ? `state-${record.recordId}` : `state-${record.recordId}-${index + 1}`}
                        >
                          {stateLabels[state]}
                        </label>
                      </div>
                    ))}
                  </div>
                </fieldset>
              </div>
              <DateInput
                name={`doneOn-${record.recordId}`}
                legend="Date done (only for done)"
                hint="For example, 20 5 2026"
                values={outcome?.target === record.recordId ? outcome.values : doneOnParts(record)}
                error={errorFor(errors, 'doneOn')}
              />
              <TextInput
                name={`notDoingReason-${record.recordId}`}
                label="Why it will not be done (for not doing)"
                error={errorFor(errors, 'notDoingReason')}
              />
              <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
                Save the status<span className="govuk-visually-hidden"> of {record.theme}</span>
              </button>
            </Form>
          </section>
        )
      })}
      <h2 className="govuk-heading-m" id="new">
        Add a record
      </h2>
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="new" />
        <TextInput
          name="theme"
          label="Theme"
          hint="For example: Information and advice"
          defaultValue={newValues.theme}
          error={errorFor(errorsFor('new'), 'theme')}
        />
        <TextArea
          name="whatPeopleSaid"
          label="What people said"
          defaultValue={newValues.whatPeopleSaid}
          error={errorFor(errorsFor('new'), 'whatPeopleSaid')}
        />
        <TextArea
          name="action"
          label="What we are doing about it"
          defaultValue={newValues.action}
          error={errorFor(errorsFor('new'), 'action')}
        />
        <TextInput
          name="owner"
          label="Who owns the action"
          hint="A team or a role, not a person's name"
          defaultValue={newValues.owner}
          error={errorFor(errorsFor('new'), 'owner')}
        />
        <DateInput
          name="raisedOn"
          legend="Date raised"
          hint="For example, 1 4 2026"
          values={newValues}
          error={errorFor(errorsFor('new'), 'raisedOnDay') ?? errorFor(errorsFor('new'), 'raisedOn')}
        />
        <DateInput
          name="targetOn"
          legend="Target date (optional)"
          hint="For example, 30 6 2026"
          values={newValues}
          error={errorFor(errorsFor('new'), 'targetOnDay') ?? errorFor(errorsFor('new'), 'targetOn')}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Add the record
        </button>
      </Form>
    </RolePage>
  )
}

/** A done record's date as the date input's day, month and year, so saving it again keeps it. */
function doneOnParts(record: { recordId: string; doneOn?: string | undefined }): Record<string, string> {
  const [year, month, day] = record.doneOn?.split('-') ?? []
  if (!year || !month || !day) return {}
  const name = `doneOn-${record.recordId}`
  return { [`${name}Day`]: String(Number(day)), [`${name}Month`]: String(Number(month)), [`${name}Year`]: year }
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{value}</dd>
    </div>
  )
}

function TextArea({
  name,
  label,
  defaultValue,
  error,
}: {
  name: string
  label: string
  defaultValue?: string
  error?: string
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={name}>
        {label}
      </label>
      <ErrorMessage id={`${name}-error`} error={error} />
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={name}
        name={name}
        rows={3}
        defaultValue={defaultValue}
        aria-describedby={error ? `${name}-error` : undefined}
      />
    </div>
  )
}
