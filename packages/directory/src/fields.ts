import { z } from 'zod'

// The field shapes the Open Referral UK 3.0 JSON Schemas use, each at least as strict as the published `format`,
// so whatever these accept the published schemas accept too (test/published-schemas.test.ts checks it).

/** `format: uuid`: every id and every reference to another record. */
export const Id = z.uuid()

/** Free text a person reads; blank text is no value at all, so it is refused rather than published empty. */
export const Text = z.string().trim().min(1)

/**
 * `format: uri` for web addresses a person follows: http or https only, and no spaces (which a browser would
 * quietly encode but the published `uri` format refuses).
 */
const httpAddress = z.url({ protocol: /^https?$/, hostname: z.regexes.domain })
export const WebAddress = z.stringFormat('url', (value) => /^\S+$/.test(value) && httpAddress.safeParse(value).success)

/** `format: email`. */
export const Email = z.email()

/** A calendar date, YYYY-MM-DD (the schemas' `datapackage_type: date`). */
export const CalendarDay = z.iso.date()

/** `format: date-time` with its zone, e.g. 2026-03-15T10:30:45.123Z (ORUK asks for millisecond accuracy). */
export const Timestamp = z.iso.datetime({ offset: true })

/** A time of day, HH:MM with an optional zone ('Z' for UTC, or +01:00), as ORUK writes opening times. */
export const TimeOfDay = z.stringFormat('time', /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/)

/** An age in whole years. */
export const Age = z.int().min(0).max(130)
