import { isCalendarDate } from '@open-sds/kernel'
import type { z } from 'zod'

export type FieldError = { field: string; message: string }

export type FormOutcome<T> = { ok: true; data: T } | { ok: false; errors: FieldError[]; values: Record<string, string> }

/** Every text field of a posted form as typed, by name, the CSRF token left out: what a refused form shows back. */
export function typedFields(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form.entries()) if (typeof value === 'string' && key !== 'csrf') values[key] = value
  return values
}

/** Fields whose typed value must never be sent back to the browser, even to refill a form. */
const SECRET_FIELDS = new Set(['password', 'confirmPassword', 'csrf'])

/**
 * Validates a posted form against a schema whose messages are written for people. On failure it returns
 * the first message for each field, in form order, and the values typed so far so nothing is lost.
 */
export function validateForm<S extends z.ZodType>(
  schema: S,
  form: FormData,
  fieldOrder: string[],
): FormOutcome<z.infer<S>> {
  const raw: Record<string, string> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') raw[key] = value
  }
  return validateValues(schema, raw, raw, fieldOrder)
}

/** As validateForm, for forms whose values need shaping first (checkbox groups): `input` is parsed, `raw` refills the form. */
export function validateValues<S extends z.ZodType>(
  schema: S,
  input: unknown,
  raw: Record<string, string>,
  fieldOrder: string[],
): FormOutcome<z.infer<S>> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return { ok: true, data: parsed.data }
  const byField = new Map<string, string>()
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form')
    if (!byField.has(field)) byField.set(field, issue.message)
  }
  const rank = (field: string) => (fieldOrder.includes(field) ? fieldOrder.indexOf(field) : fieldOrder.length)
  const errors = [...byField.entries()]
    .map(([field, message]) => ({ field, message }))
    .sort((a, b) => rank(a.field) - rank(b.field))
  const values = Object.fromEntries(Object.entries(raw).filter(([key]) => !SECRET_FIELDS.has(key)))
  return { ok: false, errors, values }
}

/**
 * A GOV.UK date input's three boxes (`${name}Day`, `${name}Month`, `${name}Year`) as YYYY-MM-DD: '' when all three are
 * empty, and 'not a date' when they do not make a real one (so a schema refuses it with its own message).
 */
export function dateFromBoxes(values: Record<string, string | undefined>, name: string): string {
  const [day, month, year] = ['Day', 'Month', 'Year'].map((part) => (values[`${name}${part}`] ?? '').trim())
  if (day === '' && month === '' && year === '') return ''
  if (!/^\d{1,2}$/.test(day ?? '') || !/^\d{1,2}$/.test(month ?? '') || !/^\d{4}$/.test(year ?? '')) return 'not a date'
  const date = `${year ?? ''}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`
  return isCalendarDate(date) ? date : 'not a date'
}
