import { readServicesFeed, type FeedPage, type FeedRecord } from '@open-sds/directory'
import { fail, ok, type Result } from '@open-sds/kernel'
import { auditedChange } from '~/.server/audited-change'
import { isOutsideHost } from '~/.server/outside-address'
import type { AppContext } from '~/.server/context'

/*
 * Importing another directory's ORUK 3.0 feed (issue 17): from a file an administrator uploads, or from its address.
 * Each record is checked and stored on its own merits, so an invalid record is refused with its fields named and the
 * valid ones are kept; the whole import is one transaction with its audit entry. The administrator is the assurer
 * (decision 042), so what they import is published as the feed gives it, with the feed's own assured_date.
 */

export type ImportedRecord = {
  at: string
  id?: string
  name?: string
  outcome: 'added' | 'replaced' | 'refused'
  problems: string[]
}

export type ImportReport = {
  source: string
  records: ImportedRecord[]
  added: number
  replaced: number
  refused: number
}

/** How much of a feed an import reads, and how long it waits for an address to answer. */
export const FEED_LIMITS = { bytes: 50 * 1024 * 1024, pages: 500, timeoutMs: 30_000 }

const textField = (record: unknown, field: string): string | undefined => {
  const value = (record as Record<string, unknown> | null)?.[field]
  return typeof value === 'string' ? value.slice(0, 200) : undefined
}

/** Stores each record of a feed that ORUK and the directory accept, and says what happened to every one. */
export async function importFeed(
  context: AppContext,
  actor: { id: string },
  source: string,
  records: readonly FeedRecord[],
  now: Date,
): Promise<ImportReport> {
  const outcome = await auditedChange(
    context,
    async (repos) => {
      const report: ImportedRecord[] = []
      for (const { at, record, unreadable } of records) {
        const named = { at, id: textField(record, 'id'), name: textField(record, 'name') }
        if (unreadable) {
          report.push({ ...named, outcome: 'refused', problems: ['This line is not JSON, so it cannot be read'] })
          continue
        }
        const existed = named.id !== undefined && (await repos.directory.getService(named.id)) !== undefined
        const stored = await repos.directory.putService(record, now)
        report.push(
          stored.ok
            ? { ...named, outcome: existed ? 'replaced' : 'added', problems: [] }
            : {
                ...named,
                outcome: 'refused',
                problems: stored.errors.map(({ path, message }) => `${path}: ${message}`),
              },
        )
      }
      return ok(report)
    },
    (report) => ({
      at: now,
      actorUserId: actor.id,
      action: 'directory.import',
      resource: 'directory',
      detail: {
        source,
        added: report.filter((r) => r.outcome === 'added').length,
        replaced: report.filter((r) => r.outcome === 'replaced').length,
        refused: report.filter((r) => r.outcome === 'refused').length,
      },
    }),
  )
  const imported = outcome.ok ? outcome.value : []
  const count = (which: ImportedRecord['outcome']) => imported.filter((r) => r.outcome === which).length
  return { source, records: imported, added: count('added'), replaced: count('replaced'), refused: count('refused') }
}

// As many redirects as a browser would sensibly follow to reach a feed.
const FEED_REDIRECTS = 5

const insideMessage = (url: URL) =>
  `${url.host} is inside a private network or this server: enter the address of a feed published on the internet`

/** Reads a response's body as text, refusing one larger than an import reads. */
async function boundedText(response: Response): Promise<string | undefined> {
  const declared = Number(response.headers.get('Content-Length') ?? '0')
  if (declared > FEED_LIMITS.bytes) return undefined
  const text = await response.text()
  return text.length > FEED_LIMITS.bytes ? undefined : text
}

/**
 * The services at a feed's address: one document, or every page of an ORUK list (asked for with `page`, up to
 * FEED_LIMITS.pages). Each problem is said in words, naming the address field.
 */
export async function fetchFeed(
  address: string,
  options: { insideAllowed: boolean } = { insideAllowed: false },
): Promise<Result<FeedRecord[]>> {
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    return fail({ path: 'url', message: 'Enter the feed’s address, starting https:// or http://' })
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return fail({ path: 'url', message: 'Enter the feed’s address, starting https:// or http://' })
  const fetchPage = async (page: URL): Promise<Result<FeedPage>> => {
    let response: Response | undefined
    let at = page
    // Each redirect is followed by hand, so that no hop reaches inside a network (unless the council allows it).
    for (let hop = 0; hop <= FEED_REDIRECTS; hop += 1) {
      if (!options.insideAllowed && !(await isOutsideHost(at.hostname)))
        return fail({ path: 'url', message: insideMessage(at) })
      try {
        response = await fetch(at, {
          headers: { Accept: 'application/json, application/x-ndjson' },
          redirect: 'manual',
          signal: AbortSignal.timeout(FEED_LIMITS.timeoutMs),
        })
      } catch {
        return fail({ path: 'url', message: `${at.href} did not answer. Check the address and try again` })
      }
      const location = response.status >= 300 && response.status < 400 ? response.headers.get('Location') : null
      if (location === null) break
      const next = URL.canParse(location, at) ? new URL(location, at) : undefined
      if (!next || (next.protocol !== 'https:' && next.protocol !== 'http:'))
        return fail({ path: 'url', message: `${at.href} sent the import to an address that is not a web page` })
      at = next
      response = undefined
    }
    if (!response) return fail({ path: 'url', message: `${page.href} redirected more than ${FEED_REDIRECTS} times` })
    if (!response.ok) return fail({ path: 'url', message: `${page.href} answered ${response.status}, not a feed` })
    const text = await boundedText(response)
    if (text === undefined) return fail({ path: 'url', message: 'The feed is larger than 50 MB: import it in parts' })
    const read = readServicesFeed(text)
    return read.ok ? read : fail(...read.errors.map((e) => ({ path: 'url', message: e.message })))
  }
  const first = await fetchPage(url)
  if (!first.ok) return first
  const totalPages = Math.min(first.value.totalPages ?? 1, FEED_LIMITS.pages)
  if (totalPages <= 1) return ok(first.value.records)
  const records = first.value.records.map((r) => ({ ...r, at: `page 1, ${r.at}` }))
  for (let n = 2; n <= totalPages; n++) {
    const next = new URL(url)
    next.searchParams.set('page', String(n))
    const page = await fetchPage(next)
    if (!page.ok) return page
    records.push(...page.value.records.map((r) => ({ ...r, at: `page ${n}, ${r.at}` })))
  }
  return ok(records)
}
