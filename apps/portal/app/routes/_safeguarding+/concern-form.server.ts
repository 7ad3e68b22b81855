import { createConcern, formatReference, ukDateOf, type Concern, type ConcernInput } from '@open-sds/safeguarding'
import { z } from 'zod'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
import { fieldErrors, formValues } from './safeguarding.server.js'
import type { FieldError } from '../../.server/forms.js'
import { SOMEONE_ELSE } from './__safeguarding-choices'

export const CONCERN_FIELDS = [
  'aboutWho',
  'personName',
  'personAddress',
  'otherDetails',
  'ageBand',
  'whatHappened',
  'typesOfAbuse',
  'locationOfRisk',
  'inImmediateDanger',
  'actionsTaken',
  'anonymous',
  'raiserName',
  'raiserContact',
  'relationship',
]

/** What the form itself insists on, in GOV.UK words; everything else is checked by the safeguarding package. */
const FirstChecks = z.object({
  whatHappened: z
    .string({ error: 'Enter what happened, or what you are worried might happen' })
    .trim()
    .min(1, { error: 'Enter what happened, or what you are worried might happen' }),
  inImmediateDanger: z.enum(['yes', 'no', 'not-known'], { error: 'Select whether the person is in immediate danger' }),
})
const AnonymousCheck = z.object({
  anonymous: z.enum(['yes', 'no'], { error: 'Select whether you want to give your name' }),
})

const fieldForPath = (path: string): string => {
  if (path.startsWith('typesOfAbuse')) return 'typesOfAbuse'
  if (path.startsWith('immediateSafety.actionsTaken')) return 'actionsTaken'
  if (path.startsWith('immediateSafety')) return 'inImmediateDanger'
  if (path === 'raisedBy.relationship') return 'relationship'
  if (path === 'raisedBy.name') return 'raiserName'
  if (path === 'raisedBy.contact') return 'raiserContact'
  if (path.startsWith('raisedBy')) return 'anonymous'
  if (path === 'adultAtRisk.address') return 'personAddress'
  if (path === 'adultAtRisk.otherIdentifyingDetails') return 'otherDetails'
  if (path === 'adultAtRisk.ageBand') return 'ageBand'
  if (path.startsWith('adultAtRisk')) return 'personName'
  return path.split('.')[0] ?? 'whatHappened'
}

const text = (form: FormData, name: string): string | undefined => {
  const value = form.get(name)
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

export type ConcernFormResult =
  { ok: true; concern: Concern } | { ok: false; errors: FieldError[]; values: Record<string, string> }

/**
 * Reads the "report a concern" form and takes the concern in through the safeguarding package, with a new reference.
 * `reachable` are the people the signed-in viewer may choose as the person at risk; anyone else is "someone else".
 */
export async function readConcernForm(
  context: AppContext,
  form: FormData,
  viewer: Viewer | null,
  reachable: readonly { id: string; displayName: string }[],
  now: Date,
): Promise<ConcernFormResult> {
  const values = formValues(form)
  const first = FirstChecks.safeParse({
    whatHappened: form.get('whatHappened') ?? undefined,
    inImmediateDanger: form.get('inImmediateDanger') ?? undefined,
  })
  const anonymity = viewer ? undefined : AnonymousCheck.safeParse({ anonymous: form.get('anonymous') ?? undefined })
  const problems = [
    ...(first.success ? [] : first.error.issues),
    ...(anonymity && !anonymity.success ? anonymity.error.issues : []),
  ]
  if (problems.length > 0) {
    const errors = fieldErrors(
      problems.map((issue) => ({ path: String(issue.path[0]), message: issue.message })),
      (path) => path,
    )
    return {
      ok: false,
      errors: errors.sort((a, b) => CONCERN_FIELDS.indexOf(a.field) - CONCERN_FIELDS.indexOf(b.field)),
      values,
    }
  }
  const aboutWho = text(form, 'aboutWho')
  const chosen = aboutWho && aboutWho !== SOMEONE_ELSE ? reachable.find((person) => person.id === aboutWho) : undefined
  if (aboutWho && aboutWho !== SOMEONE_ELSE && !chosen) {
    return { ok: false, errors: [{ field: 'aboutWho', message: 'Select who the concern is about' }], values }
  }
  const anonymous = viewer === null && form.get('anonymous') === 'yes'
  const relationship = text(form, 'relationship')
  const input: ConcernInput = {
    adultAtRisk: {
      ...(chosen ? { personId: chosen.id, name: chosen.displayName } : {}),
      ...(!chosen && text(form, 'personName') ? { name: text(form, 'personName') } : {}),
      ...(text(form, 'personAddress') ? { address: text(form, 'personAddress') } : {}),
      ...(text(form, 'otherDetails') ? { otherIdentifyingDetails: text(form, 'otherDetails') } : {}),
      ...(text(form, 'ageBand') ? { ageBand: text(form, 'ageBand') as never } : {}),
    },
    typesOfAbuse: form.getAll('typesOfAbuse').filter((value): value is string => typeof value === 'string') as never,
    whatHappened: text(form, 'whatHappened') ?? '',
    ...(text(form, 'locationOfRisk') ? { locationOfRisk: text(form, 'locationOfRisk') as never } : {}),
    raisedBy: anonymous
      ? { anonymous: true, ...(relationship ? { relationship: relationship as never } : {}) }
      : {
          anonymous: false,
          relationship: (relationship ?? 'not-known') as never,
          ...(text(form, 'raiserName') ? { name: text(form, 'raiserName') } : {}),
          ...(text(form, 'raiserContact') ? { contact: text(form, 'raiserContact') } : {}),
        },
    immediateSafety: {
      inImmediateDanger: first.data?.inImmediateDanger ?? 'not-known',
      actionsTaken: text(form, 'actionsTaken') ? [text(form, 'actionsTaken') as string] : [],
    },
  }
  // Checked before a reference is given out, so a failed form does not use up a number.
  const trial = createConcern(input, { now, reference: 'checking' })
  if (!trial.ok) return { ok: false, errors: fieldErrors(trial.errors, fieldForPath), values }
  const year = Number(ukDateOf(now).slice(0, 4))
  const reference = formatReference(await context.database.repos.safeguarding.nextReferenceSequence(year), year)
  const made = createConcern(input, { now, reference })
  if (!made.ok) return { ok: false, errors: fieldErrors(made.errors, fieldForPath), values }
  return { ok: true, concern: made.value }
}
