import type { Repositories } from '@open-sds/db'
import type { Result } from '@open-sds/kernel'
import type { Viewer } from '~/.server/auth/session'
import type { AppContext } from '~/.server/context'
import type { FieldError } from '~/.server/forms'
import {
  createPersonRecord,
  newRecordValuesTyped,
  readNewRecord,
  type NewPersonRecord,
} from '~/.server/new-person-record'
import { searchFromForm } from '../routes/_find+/find-a-person.server'

/** Whom a concern or a request for help is linked to: a record found by search, or a new one made from it. */
export type LinkTarget = { found: string } | { create: NewPersonRecord }

/**
 * One submission of a "link to a person's record" page (issue 18), which has three forms: search (the same search,
 * minimum and audit as "Find a person"), link to a record found, or create a new record. A search answers with its
 * results or errors; a new record refused names its fields and gives back what was typed; otherwise, the target.
 */
export async function readLinkStep(
  context: AppContext,
  viewer: Viewer,
  form: FormData,
): Promise<
  | { step: 'searched'; search: Awaited<ReturnType<typeof searchFromForm>> }
  | { step: 'refused'; newErrors: FieldError[]; newValues: Record<string, string> }
  | { step: 'link'; target: LinkTarget }
> {
  const intent = form.get('intent')
  if (intent === 'search') return { step: 'searched', search: await searchFromForm(context, viewer, form, new Date()) }
  if (intent === 'create') {
    const read = readNewRecord(form)
    if (!read.ok) return { step: 'refused', newErrors: read.errors, newValues: newRecordValuesTyped(form) }
    return { step: 'link', target: { create: read.record } }
  }
  return { step: 'link', target: { found: String(form.get('personId') ?? '') } }
}

/** The person to link to: the one found, or a new record made now, inside the caller's `withAudit` with the link. */
export async function personToLink(
  repos: Repositories,
  target: LinkTarget,
  actorUserId: string,
  now: Date,
): Promise<Result<{ personId: string; how: 'found' | 'created' }>> {
  if ('found' in target) return { ok: true, value: { personId: target.found, how: 'found' } }
  const made = await createPersonRecord(repos, target.create, actorUserId, now)
  return made.ok ? { ok: true, value: { personId: made.value.personId, how: 'created' } } : made
}
