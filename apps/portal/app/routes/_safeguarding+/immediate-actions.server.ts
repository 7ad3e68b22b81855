import type { ConcernRecord } from '@open-sds/db'
import { checkImmediateAction, type ImmediateAction } from '@open-sds/safeguarding'
import { todayInEngland } from '@open-sds/kernel'
import type { AppContext } from '../../.server/context.js'
import { dateFromParts } from '../../.server/date-parts.js'
import type { FieldError } from '../../.server/forms.js'

/** The form's fields, in the order the page shows them (the date's error belongs to its day box). */
const IMMEDIATE_ACTION_FIELDS = ['whatWasDone', 'doneOnDay', 'takenBy'] as const

/**
 * Reads what was done to keep the person safe now from the concern page's form: the words, the day (as day, month and
 * year) and who did it, checked by the safeguarding package against the day the concern came in and today.
 */
export function readImmediateAction(
  form: FormData,
  concern: Pick<ConcernRecord, 'receivedOn'>,
  now: Date,
): { ok: true; action: ImmediateAction } | { ok: false; errors: FieldError[] } {
  const text = (name: string) => String(form.get(name) ?? '')
  const day = dateFromParts('the date it was done', {
    day: text('doneOnDay'),
    month: text('doneOnMonth'),
    year: text('doneOnYear'),
  })
  const checked = checkImmediateAction(
    { whatWasDone: text('whatWasDone'), doneOn: day.ok ? day.date : '', takenBy: text('takenBy') },
    { receivedOn: concern.receivedOn, today: todayInEngland(now) },
  )
  const errors: FieldError[] = []
  for (const field of IMMEDIATE_ACTION_FIELDS) {
    // A date that is not a date is named by its part ('must include a month'); the package's words for the rest.
    const message =
      field === 'doneOnDay' && !day.ok
        ? day.message
        : checked.ok
          ? undefined
          : checked.errors.find((issue) => issue.path === field.replace(/Day$/, ''))?.message
    if (message !== undefined) errors.push({ field, message })
  }
  if (errors.length > 0 || !checked.ok) return { ok: false, errors }
  return { ok: true, action: checked.value }
}

/** The immediate safety actions on a concern as the page shows them, with who recorded each. */
export async function immediateActionsOn(context: AppContext, concernId: string) {
  const { safeguarding, users } = context.database.repos
  const rows = await safeguarding.listImmediateActions(concernId)
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      whatWasDone: row.whatWasDone,
      doneOn: row.doneOn,
      takenBy: row.takenBy,
      recordedBy: (await users.findById(row.recordedByUserId))?.displayName ?? 'Someone',
      recordedAt: row.recordedAt.toISOString(),
    })),
  )
}
