import { fail, ok, type Result } from '@open-sds/kernel'

// Reading another directory's ORUK 3.0 services from a file or an address (issue 17: "import another ORUK 3.0 feed
// ... with a report per record"). What arrives is only text: it is split into records here, each record then checked
// on its own, so one bad record never costs the good ones.

/** One record of a feed, with where it was found, for a report a person can follow back to the file. */
export type FeedRecord = { at: string; record: unknown; unreadable?: true }

/** What a JSON feed looks like from the outside: an ORUK page of services (`contents`), or a list of them. */
export type FeedPage = { records: FeedRecord[]; totalPages?: number }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The services in a feed's text: newline-delimited JSON (one service a line, as `format=ndjson` gives), an ORUK page
 * (`{ contents: [...] }`, with `total_pages` to fetch the rest), a list of services, or one service. A line that is
 * not JSON is a record of its own that cannot be read, reported by its line number; a file that is none of these
 * is refused as a whole.
 */
export function readServicesFeed(text: string): Result<FeedPage> {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  if (trimmed === '') return fail({ path: 'file', message: 'The feed is empty: it has no services in it' })
  const whole = tryJson(trimmed)
  if (whole.ok) {
    const value = whole.value
    if (Array.isArray(value)) return ok({ records: value.map((record, i) => ({ at: `item ${i + 1}`, record })) })
    if (isObject(value) && Array.isArray(value.contents)) {
      const totalPages = typeof value.total_pages === 'number' ? value.total_pages : undefined
      return ok({
        records: value.contents.map((record, i) => ({ at: `item ${i + 1}`, record })),
        ...(totalPages === undefined ? {} : { totalPages }),
      })
    }
    if (isObject(value) && 'id' in value) return ok({ records: [{ at: 'item 1', record: value }] })
    return fail({
      path: 'file',
      message: 'The feed is JSON but not a list of services: give a page of services (with contents) or one a line',
    })
  }
  const lines = trimmed.split(/\r?\n/)
  if (lines.length === 1) return fail({ path: 'file', message: 'The feed is not JSON: it cannot be read' })
  const records: FeedRecord[] = []
  lines.forEach((line, i) => {
    if (line.trim() === '') return
    const parsed = tryJson(line)
    records.push(
      parsed.ok
        ? { at: `line ${i + 1}`, record: parsed.value }
        : { at: `line ${i + 1}`, record: undefined, unreadable: true },
    )
  })
  return ok({ records })
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}
