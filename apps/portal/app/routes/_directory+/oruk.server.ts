import type { DirectoryPage } from '@open-sds/db'
import { pageOf, withoutEmptyFields } from '@open-sds/directory'
import { authorise } from '~/.server/auth/authorise'
import type { RouteId } from '~/.server/auth/access'
import type { PortalDatabase } from '~/.server/context'

// The Open Referral UK 3.0 feed at /oruk (issue 17, decision 036): open to anyone, JSON, every response with
// `Access-Control-Allow-Origin: *`, empty optional fields left out, a bad query parameter answered with a 400 naming
// it. Only HTTP lives here; the records and the paging rules come from @open-sds/db and @open-sds/directory.

const HEADERS = {
  'Access-Control-Allow-Origin': '*',
  // Public data, but a listing changed a moment ago must not be served stale to a consumer syncing by modified_after.
  'Cache-Control': 'no-store',
}

/**
 * A JSON answer with the feed's headers. The records come from the repository with their empty fields already left
 * out; a page's `contents` stays even when empty, as ORUK's empty list has it.
 */
export function orukJson(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...HEADERS, 'Content-Type': 'application/json; charset=utf-8' },
  })
}

/** A refusal as plain JSON: what is wrong, and which query parameter, if one. */
export const orukError = (status: number, message: string, parameter?: string): Response =>
  orukJson(parameter === undefined ? { error: message } : { error: message, parameter }, status)

/** One record (a service, taxonomy or term) in the format asked for: JSON, or a single ndjson line. */
export function orukRecord(record: unknown, format: 'json' | 'ndjson'): Response {
  if (format === 'json') return orukJson(record)
  return new Response(`${JSON.stringify(record)}\n`, {
    headers: { ...HEADERS, 'Content-Type': 'application/x-ndjson; charset=utf-8' },
  })
}

/** Nothing at this address in the feed (an unknown id, or an optional endpoint this feed does not offer). */
export const orukNotFound = (what: string): Response => orukError(404, `There is no ${what} at this address.`)

/** Thrown to answer at once with `response` (a 400 from a parameter check). */
class Answer extends Error {
  constructor(readonly response: Response) {
    super('answered')
  }
}

/** Runs a feed handler: anyone may ask; a refusal thrown while reading the query is the answer. */
export async function orukRoute(
  request: Request,
  route: RouteId,
  handle: (input: { query: URLSearchParams; repos: PortalDatabase['repos'] }) => Promise<Response>,
): Promise<Response> {
  // Anyone may read the feed; no session is touched, so a consumer polling it makes no sign-in state.
  const { context } = await authorise(request, route, { touchSession: false })
  try {
    return await handle({ query: new URL(request.url).searchParams, repos: context.database.repos })
  } catch (error) {
    if (error instanceof Answer) return error.response
    throw error
  }
}

const refuse = (parameter: string, message: string): never => {
  throw new Answer(orukError(400, message, parameter))
}

/** A whole number parameter within limits, or its default when absent. */
function wholeNumber(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const text = query.get(name)
  if (text === null || text === '') return fallback
  const value = /^\d+$/.test(text) ? Number(text) : NaN
  if (!Number.isSafeInteger(value) || value < min || value > max)
    refuse(name, `${name} must be a whole number from ${String(min)} to ${String(max)}, not "${text}"`)
  return value
}

/** true or false, or undefined when absent. */
export function yesOrNo(query: URLSearchParams, name: string): boolean | undefined {
  const text = query.get(name)
  if (text === null || text === '') return undefined
  if (text === 'true' || text === 'false') return text === 'true'
  return refuse(name, `${name} must be true or false, not "${text}"`)
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** An id parameter: a uuid, as every ORUK id is. */
export function idParameter(query: URLSearchParams, name: string): string | undefined {
  const text = query.get(name)
  if (text === null || text === '') return undefined
  return UUID.test(text) ? text.toLowerCase() : refuse(name, `${name} must be an id in UUID form, not "${text}"`)
}

/**
 * `modified_after`: a date-time as RFC 3339 has it, as the standard's `date-time` does: date, time to the second (a
 * fraction allowed) and its offset from UTC, `Z` or `+01:00`. A date alone, or a time without its zone, is refused
 * naming the parameter: a feed cannot know which zone was meant, and guessing would skip or repeat an hour's changes.
 */
export function instantParameter(query: URLSearchParams, name: string): Date | undefined {
  const text = query.get(name)
  if (text === null || text === '') return undefined
  const parts = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(text)
  const when = parts ? new Date(text.toUpperCase()) : undefined
  const [, year, month, day, hour, minute, second] = parts ?? []
  // Date rolls 31 November over into December: the day written must be the day read.
  const sameDay =
    when !== undefined &&
    !Number.isNaN(when.getTime()) &&
    new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDate() === Number(day) &&
    Number(month) <= 12 &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second) <= 59
  if (!sameDay)
    return refuse(
      name,
      `${name} must be a date and time with its time zone, for example 2026-11-02T09:00:00Z, not "${text}"`,
    )
  return when
}

/** The paging parameters of a list: `page` from 1, `per_page` from 1 to 1000 (50 when not given). */
export function pagingParameters(query: URLSearchParams): { page: number; perPage: number } {
  return {
    page: wholeNumber(query, 'page', 1, 1, 1_000_000),
    perPage: wholeNumber(query, 'per_page', 50, 1, 1000),
  }
}

/**
 * `format`: json (the default) or ndjson, on every endpoint; anything else is refused naming it, so a consumer asking
 * for XML is told, on a record as on a list. A record in ndjson is one line.
 */
export function formatParameter(query: URLSearchParams): 'json' | 'ndjson' {
  const text = query.get('format')
  if (text === null || text === '' || text === 'json') return 'json'
  if (text === 'ndjson') return 'ndjson'
  return refuse('format', `format must be json or ndjson, not "${text}"`)
}

/** One page of a list, with the seven paging fields. */
export const orukPage = <T>(found: DirectoryPage<T>, paging: { page: number; perPage: number }): Response =>
  orukJson(pageOf(found.contents, { totalItems: found.totalItems, ...paging }))

/**
 * Records as newline-delimited JSON, without paging ("should stream all the results"): each batch is written as it
 * is read, so a large directory is never held in memory whole and the first lines leave before the last are read.
 */
export function orukNdjsonStream<T>(batches: AsyncIterable<readonly T[]>): Response {
  const iterator = batches[Symbol.asyncIterator]()
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next()
      if (next.done === true) return controller.close()
      // The repository gives records with their empty fields already left out.
      if (next.value.length > 0)
        controller.enqueue(encoder.encode(next.value.map((record) => `${JSON.stringify(record)}\n`).join('')))
    },
    async cancel() {
      await iterator.return?.()
    },
  })
  return new Response(body, { headers: { ...HEADERS, 'Content-Type': 'application/x-ndjson; charset=utf-8' } })
}

/** Every record of a paged list (taxonomies, terms: a few hundred at most) as newline-delimited JSON. */
export function orukNdjson<T>(
  read: (paging: { page: number; perPage: number }) => Promise<DirectoryPage<T>>,
): Response {
  const perPage = 500
  async function* pages() {
    for (let page = 1; ; page += 1) {
      const found = await read({ page, perPage })
      yield found.contents.map((record) => withoutEmptyFields(record))
      if (found.contents.length < perPage) return
    }
  }
  return orukNdjsonStream(pages())
}
