import { createHash } from 'node:crypto'

/*
 * The ids of an imported copy (decision 063). ORUK ids are uuids the publishing directory owns; this directory gives
 * every record it imports an id of its own, worked out from where the feed comes from and the publisher's id: the
 * same feed imported again gives the same ids (so a record is matched, and an unchanged one left alone), two feeds
 * publishing the same id never overwrite each other, and a reader of this feed never mistakes a copy for the
 * publisher's own record. Taxonomy terms are shared vocabulary, not the publisher's records: their ids are kept.
 */

/** Keys whose value names a taxonomy term or taxonomy, which must be this directory's own. */
const SHARED_KEYS = new Set(['taxonomy_term_id', 'taxonomy_id', 'parent_id'])
/** Nested objects that are shared vocabulary, copied as they are. */
const SHARED_OBJECTS = new Set(['taxonomy_term', 'taxonomy_detail'])

/**
 * Where a feed comes from, as a key: an address without its query or a trailing `/services` (so the list, one page
 * of it and its ndjson export are the same feed), host in lower case; anything else as typed, trimmed and lower case.
 */
export function feedSourceOf(text: string): string {
  const trimmed = text.trim()
  if (URL.canParse(trimmed)) {
    const url = new URL(trimmed)
    if (url.protocol === 'https:' || url.protocol === 'http:') {
      const path = url.pathname.replace(/\/+$/, '').replace(/\/services$/, '')
      return `${url.host.toLowerCase()}${path}`
    }
  }
  return trimmed.toLowerCase()
}

/** This directory's id for a publisher's id from a source: a name-based uuid (version 5 layout) of the two. */
export function importedIdOf(source: string, id: string): string {
  const hash = createHash('sha1').update(`open-sds directory import\n${source}\n${id}`).digest()
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

const isIdKey = (key: string) => (key === 'id' || key.endsWith('_id')) && !SHARED_KEYS.has(key)

/** A record of a feed with each of its ids (its own and every nested one) replaced by this directory's. */
export function importedCopy(record: unknown, source: string): unknown {
  if (Array.isArray(record)) return record.map((item) => importedCopy(item, source))
  if (typeof record !== 'object' || record === null) return record
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => {
      if (SHARED_OBJECTS.has(key)) return [key, value]
      if (isIdKey(key) && typeof value === 'string' && value !== '') return [key, importedIdOf(source, value)]
      return [key, importedCopy(value, source)]
    }),
  )
}
