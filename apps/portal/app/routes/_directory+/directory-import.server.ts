import { createHash, randomUUID } from 'node:crypto'
import { readServicesFeed, type FeedPage, type FeedRecord } from '@open-sds/directory'
import type { DirectoryImport, Repositories } from '@open-sds/db'
import { fail, ok, todayInEngland, type Result } from '@open-sds/kernel'
import { directoryAssurerEmailOf } from '@open-sds/plugin-sdk'
import { auditedChange } from '~/.server/audited-change'
import { isOutsideHost } from '~/.server/outside-address'
import { getOutside, InsideAddressError, type OutsideAnswer, type Resolve } from '~/.server/outside-get'
import type { AppContext } from '~/.server/context'
import { feedSourceOf, importedCopy } from './imported-ids.server'

/*
 * Importing another directory's ORUK 3.0 feed (issue 17): from a file an administrator uploads, or from its address.
 * Each record is checked on its own merits, so an invalid record is refused with its fields named and the valid ones
 * are kept; the whole import is one transaction with its audit entry. A record is not published by being imported
 * (decision 063): each new or changed one becomes a version of its listing waiting for the assurer, unless the
 * administrator says they have checked the import, when each is published with today's `assured_date` and their
 * name on the decision. A record the same as its newest version is left exactly as it was.
 */

export type ImportedRecord = {
  at: string
  id?: string
  name?: string
  outcome: 'added' | 'changed' | 'unchanged' | 'refused'
  problems: string[]
}

export type ImportReport = {
  /** The import run kept in the database (decision 065), whose page shows this report. */
  id: string
  source: string
  records: ImportedRecord[]
  added: number
  changed: number
  unchanged: number
  refused: number
  /** Whether the administrator checked the import, so what it added or changed is published; else it waits. */
  assured: boolean
}

/** How much of a feed an import reads, and how long it waits for an address to answer. */
export const FEED_LIMITS = { bytes: 50 * 1024 * 1024, pages: 500, timeoutMs: 30_000 }

const textField = (record: unknown, field: string): string | undefined => {
  const value = (record as Record<string, unknown> | null)?.[field]
  return typeof value === 'string' ? value.slice(0, 200) : undefined
}

/** Fields that say when and by whom a record was checked or changed, not what it says. */
const STAMPS = new Set(['last_modified', 'assured_date', 'assurer_email', 'organization'])

/** A record's content as text, keys sorted (PostgreSQL's jsonb keeps no order), without its stamps. */
function contentOf(value: unknown, top = true): string {
  if (Array.isArray(value)) return `[${value.map((item) => contentOf(item, false)).join(',')}]`
  if (typeof value !== 'object' || value === null) return JSON.stringify(value)
  const keys = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined && !(top && STAMPS.has(key)))
    .sort()
  return `{${keys.map((key) => `${JSON.stringify(key)}:${contentOf((value as Record<string, unknown>)[key], false)}`).join(',')}}`
}

type ImportInput = {
  source: string
  records: readonly FeedRecord[]
  assured: boolean
  sha256: string
  /** The source an earlier import of the same bytes worked ids out from, so reading them again adds no copies. */
  sourceKey?: string
}

/** The SHA-256 of what was read, in hex: a file's bytes, or a feed's pages one after another. */
export const sha256Of = (texts: readonly string[]): string => {
  const hash = createHash('sha256')
  for (const text of texts) hash.update(text)
  return hash.digest('hex')
}

/** Checks each record of a feed and holds (or, assured, publishes) what is new or changed; says what happened to each. */
export async function importFeed(
  context: AppContext,
  actor: { id: string },
  { source, records, assured, sha256, sourceKey }: ImportInput,
  now: Date,
): Promise<ImportReport> {
  const from = sourceKey ?? feedSourceOf(source)
  const id = randomUUID()
  const legacy = await importedBefore063(context, from)
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
        const copy = importedCopy(record, from)
        const held = await holdImported(
          repos,
          actor,
          legacy && (await legacyCopy(repos, record, copy)) ? record : copy,
          {
            importId: id,
            assured,
            assurerEmail: directoryAssurerEmailOf(context.site),
            now,
          },
        )
        report.push(
          held.ok
            ? { ...named, outcome: held.value, problems: [] }
            : { ...named, outcome: 'refused', problems: held.errors.map(({ path, message }) => `${path}: ${message}`) },
        )
      }
      const count = (which: ImportedRecord['outcome']) => report.filter((r) => r.outcome === which).length
      // The run is written last, with its counts, in the transaction that wrote its versions (decision 065).
      const run = await repos.directoryListings.recordImport({
        id,
        importedByUserId: actor.id,
        importedAt: now,
        source,
        sourceKey: from,
        sha256,
        assured,
        added: count('added'),
        changed: count('changed'),
        unchanged: count('unchanged'),
        refused: count('refused'),
        report,
      })
      return ok(run)
    },
    (run) => ({
      at: now,
      actorUserId: actor.id,
      action: 'directory.import',
      resource: `directory-import:${run.id}`,
      detail: {
        source,
        sha256,
        assured,
        added: run.added,
        changed: run.changed,
        unchanged: run.unchanged,
        refused: run.refused,
      },
    }),
  )
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join('; '))
  return reportOf(outcome.value)
}

/** An import run as its page shows it. */
export function reportOf(run: DirectoryImport): ImportReport {
  return {
    id: run.id,
    source: run.source,
    records: run.report as ImportedRecord[],
    added: run.added,
    changed: run.changed,
    unchanged: run.unchanged,
    refused: run.refused,
    assured: run.assured,
  }
}

/**
 * Whether this source was imported before decision 063, when copies kept the publisher's ids: an audit entry of an
 * import of the same feed whose resource is the whole directory (imports since decision 065 name their run; the
 * plugins' own directory is not a feed).
 */
async function importedBefore063(context: AppContext, from: string): Promise<boolean> {
  const pageSize = 1000
  // Every import entry, a page at a time: a feed imported once, long ago, is still that feed.
  for (let beforeId: number | undefined; ;) {
    const entries = await context.database.repos.audit.listRecent({
      action: 'directory.import',
      limit: pageSize,
      beforeId,
    })
    const found = entries.some((entry) => {
      const source = entry.detail?.source
      return entry.resource === 'directory' && typeof source === 'string' && feedSourceOf(source) === from
    })
    if (found) return true
    const oldest = entries.at(-1)
    if (entries.length < pageSize || oldest === undefined) return false
    beforeId = oldest.id
  }
}

/**
 * Whether a record of a feed imported before decision 063 is the copy made then (decision 065): its own-id copy has
 * no listing, and the publisher's id is a service here that no organisation listed (or only imports since). Such a copy keeps the
 * publisher's ids, already published in the open API, and is updated in place instead of added again.
 */
async function legacyCopy(repos: Repositories, record: unknown, copy: unknown): Promise<boolean> {
  const theirs = textField(record, 'id')
  const ours = textField(copy, 'id')
  if (!theirs || !ours) return false
  if ((await repos.directoryListings.history(ours)).length > 0) return false
  const versions = await repos.directoryListings.history(theirs)
  // Matched once, it has versions, each sent by an import; one an organisation sent is not a legacy copy.
  if (versions.length > 0) return versions.every((version) => version.importId !== null)
  return (await repos.directory.getService(theirs)) !== undefined
}

/**
 * One imported record: checked as publishing would check it, then compared with its listing's newest version; if new
 * or different, a version is sent for review by the administrator (its organisation signed up by them the first
 * time), and published at once when they assured the import.
 */
async function holdImported(
  repos: Repositories,
  actor: { id: string },
  copy: unknown,
  {
    importId,
    assured,
    assurerEmail,
    now,
  }: { importId: string; assured: boolean; assurerEmail: string | undefined; now: Date },
): Promise<Result<'added' | 'changed' | 'unchanged'>> {
  const checked = await repos.directory.checkService(copy)
  if (!checked.ok) return checked
  const service = checked.value
  const organizationId = service.organization?.id ?? service.organization_id
  if (!organizationId)
    return fail({ path: 'organization_id', message: 'Say which organisation runs the service, with its details' })
  const [newest] = await repos.directoryListings.history(service.id)
  // A copy imported before decision 063 has no version: it is compared with what is published.
  const published = newest ? undefined : await repos.directory.getService(service.id)
  if (published && contentOf(published) === contentOf({ ...service, organization_id: organizationId }))
    return ok('unchanged')
  // A version is stored with its organisation's id whether or not the feed gave it beside the nested organisation.
  if (newest && contentOf(newest.service) === contentOf({ ...service, organization_id: organizationId }))
    return ok('unchanged')
  if (!(await repos.directoryListings.getLister(organizationId))) {
    if (!service.organization)
      return fail({ path: 'organization', message: 'Give the organisation’s details with its first service' })
    // The publisher's organisation has no account here: the administrator who imported it manages its listings.
    const signedUp = await repos.directoryListings.signUp(
      { organization: service.organization, kind: 'provider', userId: actor.id },
      now,
    )
    if (!signedUp.ok) return signedUp
  }
  const sent = await repos.directoryListings.submit({ organizationId, service, userId: actor.id, importId }, now)
  if (!sent.ok) return sent
  if (assured) {
    const published = await repos.directoryListings.review(
      {
        versionId: sent.value.id,
        decision: 'published',
        reviewedByUserId: actor.id,
        assuredDate: todayInEngland(now),
        assurerEmail,
      },
      now,
    )
    if (!published.ok) return published
  }
  return ok(newest || published ? 'changed' : 'added')
}

// As many redirects as a browser would sensibly follow to reach a feed.
const FEED_REDIRECTS = 5

const insideMessage = (url: URL) =>
  `${url.host} is inside a private network or this server: enter the address of a feed published on the internet`

/**
 * The services at a feed's address: one document, or every page of an ORUK list (asked for with `page`, up to
 * FEED_LIMITS.pages). Each problem is said in words, naming the address field.
 */
export async function fetchFeed(
  address: string,
  options: { insideAllowed: boolean; resolve?: Resolve } = { insideAllowed: false },
): Promise<Result<FeedRecord[]> & { sha256?: string }> {
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    return fail({ path: 'url', message: 'Enter the feed’s address, starting https:// or http://' })
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return fail({ path: 'url', message: 'Enter the feed’s address, starting https:// or http://' })
  const texts: string[] = []
  const fetchPage = async (page: URL): Promise<Result<FeedPage>> => {
    let response: OutsideAnswer | undefined
    let at = page
    // Each redirect is followed by hand, so that no hop reaches inside a network (unless the council allows it).
    for (let hop = 0; hop <= FEED_REDIRECTS; hop += 1) {
      if (!options.insideAllowed && !(await isOutsideHost(at.hostname, options.resolve)))
        return fail({ path: 'url', message: insideMessage(at) })
      try {
        // The connection checks the addresses it connects to again, so a name that changes its answer gets nowhere.
        response = await getOutside(at, {
          insideAllowed: options.insideAllowed,
          timeoutMs: FEED_LIMITS.timeoutMs,
          accept: 'application/json, application/x-ndjson',
          resolve: options.resolve,
        })
      } catch (error) {
        if (error instanceof InsideAddressError) return fail({ path: 'url', message: insideMessage(at) })
        return fail({ path: 'url', message: `${at.href} did not answer. Check the address and try again` })
      }
      const location = response.status >= 300 && response.status < 400 ? response.location : null
      if (location === null) break
      const next = URL.canParse(location, at) ? new URL(location, at) : undefined
      if (!next || (next.protocol !== 'https:' && next.protocol !== 'http:'))
        return fail({ path: 'url', message: `${at.href} sent the import to an address that is not a web page` })
      at = next
      response = undefined
    }
    if (!response) return fail({ path: 'url', message: `${page.href} redirected more than ${FEED_REDIRECTS} times` })
    if (response.status < 200 || response.status > 299)
      return fail({ path: 'url', message: `${page.href} answered ${response.status}, not a feed` })
    const text = await response.text(FEED_LIMITS.bytes)
    if (text === undefined) return fail({ path: 'url', message: 'The feed is larger than 50 MB: import it in parts' })
    texts.push(text)
    const read = readServicesFeed(text)
    return read.ok ? read : fail(...read.errors.map((e) => ({ path: 'url', message: e.message })))
  }
  const first = await fetchPage(url)
  if (!first.ok) return first
  const totalPages = Math.min(first.value.totalPages ?? 1, FEED_LIMITS.pages)
  if (totalPages <= 1) return { ...ok(first.value.records), sha256: sha256Of(texts) }
  const records = first.value.records.map((r) => ({ ...r, at: `page 1, ${r.at}` }))
  for (let n = 2; n <= totalPages; n++) {
    const next = new URL(url)
    next.searchParams.set('page', String(n))
    const page = await fetchPage(next)
    if (!page.ok) return page
    records.push(...page.value.records.map((r) => ({ ...r, at: `page ${n}, ${r.at}` })))
  }
  return { ...ok(records), sha256: sha256Of(texts) }
}
