import { EARTH_RADIUS_METRES } from './distance.js'
import { firstInOrder } from './first-in-order.js'
import {
  isRanked,
  matchInto,
  prepareQuery,
  type IndexedService,
  type PreparedQuery,
  type SearchHit,
  type SearchQuery,
} from './search.js'

// A directory kept in memory for many searches (issue 17): instead of looking at every service, a search starts from
// the fewest services that could match, found through inverted indexes (by word, by taxonomy term, by a 0.1 degree
// grid cell for distance), and checks only those against the whole query with the same `matchInto` a plain scan uses,
// so the results and their order are exactly `searchIndex`'s over the same services in name order.

/** Grid cells are a tenth of a degree: about 11 km north to south, 7 km east to west in England. */
const CELLS_PER_DEGREE = 10
const LONGITUDE_CELLS = 360 * CELLS_PER_DEGREE

type Cell = { row: number; column: number }
const cellKey = ({ row, column }: Cell): number => row * LONGITUDE_CELLS * 2 + column
const cellOf = (latitude: number, longitude: number): Cell => ({
  row: Math.floor(latitude * CELLS_PER_DEGREE),
  column: wrapColumn(Math.floor(longitude * CELLS_PER_DEGREE)),
})
/** Columns from -1800 (180° west) to 1799; 180° east is the same meridian as 180° west. */
const wrapColumn = (column: number): number =>
  ((((column + LONGITUDE_CELLS / 2) % LONGITUDE_CELLS) + LONGITUDE_CELLS) % LONGITUDE_CELLS) - LONGITUDE_CELLS / 2

const cellOfKey = (key: number): Cell => {
  const row = Math.round(key / (LONGITUDE_CELLS * 2))
  return { row, column: key - row * LONGITUDE_CELLS * 2 }
}

/** The grid columns from one longitude to another going east, one more each way, without repeating a column. */
function columnsBetween(west: number, east: number): number[] {
  const first = Math.floor(west * CELLS_PER_DEGREE) - 1
  const last = Math.floor(east * CELLS_PER_DEGREE) + 1
  const count = Math.min(last - first + 1, LONGITUDE_CELLS)
  return Array.from({ length: count }, (_, i) => wrapColumn(first + i))
}

type Entry<S> = {
  indexed: IndexedService<S>
  /** Position in name order, renumbered after a change before the next search. */
  rank: number
  /** The number of the last search that met it, so one in several of its sets is checked once, without a Set. */
  seen: number
  words: string[]
  cells: number[]
}

/** Adds to the set kept under a key, making it if need be. */
function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key)
  if (set === undefined) map.set(key, new Set([value]))
  else set.add(value)
}

/** Takes out of the set kept under a key, forgetting the key when its set is empty. */
function takeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key)
  if (set === undefined) return
  set.delete(value)
  if (set.size === 0) map.delete(key)
}

/** A page of a search: how many services meet it in all, and the hits on the page. */
export type SearchPage<S> = { total: number; hits: SearchHit<S>[] }

/** Pages kept per index: the broad searches people repeat (free, a town, a need) are answered without a second look. */
const PAGES_KEPT = 64
/** Only pages near the start are kept: a whole result list (`search`) could be the whole directory. */
const KEPT_UP_TO = 100

/** One key per search that gives the same hits: the words as matched, the terms as a set, the rest as given. */
function pageKey({ query, wanted, terms }: PreparedQuery, offset: number, limit: number): string {
  const { age, cost, near, includeClosed } = query
  return JSON.stringify([
    wanted,
    terms === undefined ? null : [...terms].sort(),
    age ?? null,
    cost ?? null,
    near === undefined ? null : [near.latitude, near.longitude, near.withinMetres],
    includeClosed === true,
    offset,
    limit,
  ])
}

/** Some sets whose union is where a search could start, and how many that is at most. */
type Source<S> = { sets: ReadonlySet<Entry<S>>[]; size: number }
const sourceOf = <S>(sets: ReadonlySet<Entry<S>>[]): Source<S> => ({
  sets,
  size: sets.reduce((total, set) => total + set.size, 0),
})

/**
 * Services indexed for searching, kept up to date one service at a time: `put` adds or replaces a service, `remove`
 * takes one out, neither rebuilds the rest. `search` gives what `searchIndex` gives over the same entries in name
 * order (names that tie in id order).
 */
export class DirectoryIndex<S> {
  readonly #entries = new Map<string, Entry<S>>()
  /** Every entry in name order (then id), kept sorted as entries come and go. */
  readonly #ordered: Entry<S>[] = []
  #ranksStale = false
  readonly #byWord = new Map<string, Set<Entry<S>>>()
  /** The words in `#byWord`, sorted, for finding every word that starts with what was typed. */
  readonly #vocabulary: string[] = []
  readonly #byTerm = new Map<string, Set<Entry<S>>>()
  readonly #byCell = new Map<number, Set<Entry<S>>>()
  readonly #collator = new Intl.Collator('en-GB')
  /** Searches made so far: each marks the entries it has met with its number. */
  #searches = 0
  /**
   * Pages found since the last change, by `pageKey`: any put or remove forgets them all, so a page given from here
   * is exactly what searching again would give.
   */
  readonly #pages = new Map<string, SearchPage<S>>()

  /** Indexes many services at once: sorted once at the end rather than each put in its place. */
  constructor(entries: Iterable<IndexedService<S>> = []) {
    // A later entry with an id already given replaces the earlier, as `put` would.
    for (const indexed of new Map([...entries].map((entry) => [entry.id, entry])).values())
      this.#ordered.push(this.#addToMaps(indexed))
    this.#ordered.sort((a, b) => this.#compare(a.indexed, b.indexed))
    this.#vocabulary.push(...this.#byWord.keys())
    this.#vocabulary.sort()
    this.#ranksStale = true
  }

  /** How many services it holds. */
  get size(): number {
    return this.#entries.size
  }

  /** The indexed service with this id, if held. */
  get(id: string): IndexedService<S> | undefined {
    return this.#entries.get(id)?.indexed
  }

  /** Adds a service, or replaces the one held with its id. */
  put(indexed: IndexedService<S>): void {
    this.remove(indexed.id)
    const known = new Set(indexed.words.flat().filter((word) => this.#byWord.has(word)))
    const entry = this.#addToMaps(indexed)
    for (const word of entry.words) if (!known.has(word)) this.#vocabulary.splice(this.#firstWordFrom(word), 0, word)
    this.#ordered.splice(this.#positionOf(indexed), 0, entry)
    this.#ranksStale = true
    this.#pages.clear()
  }

  /** Takes out the service with this id; nothing happens if it is not held. */
  remove(id: string): void {
    const entry = this.#takeOut(id)
    if (entry === undefined) return
    this.#ordered.splice(this.#positionOf(entry.indexed), 1)
    for (const word of entry.words) if (!this.#byWord.has(word)) this.#vocabulary.splice(this.#firstWordFrom(word), 1)
    this.#ranksStale = true
    this.#pages.clear()
  }

  /** Files an entry under its id, words, terms and cells (not yet in name order or the sorted vocabulary). */
  #addToMaps(indexed: IndexedService<S>): Entry<S> {
    const entry: Entry<S> = {
      indexed,
      rank: 0,
      seen: 0,
      words: [...new Set(indexed.words.flat())],
      cells: [...new Set(indexed.points.map((point) => cellKey(cellOf(point.latitude, point.longitude))))],
    }
    this.#entries.set(indexed.id, entry)
    for (const word of entry.words) addTo(this.#byWord, word, entry)
    for (const termId of new Set(indexed.termIds)) addTo(this.#byTerm, termId, entry)
    for (const cell of entry.cells) addTo(this.#byCell, cell, entry)
    return entry
  }

  /** Unfiles an entry from its id, words, terms and cells (the caller mends name order and the vocabulary). */
  #takeOut(id: string): Entry<S> | undefined {
    const entry = this.#entries.get(id)
    if (entry === undefined) return undefined
    this.#entries.delete(id)
    for (const word of entry.words) takeFrom(this.#byWord, word, entry)
    for (const termId of new Set(entry.indexed.termIds)) takeFrom(this.#byTerm, termId, entry)
    for (const cell of entry.cells) takeFrom(this.#byCell, cell, entry)
    return entry
  }

  /** The services that meet every part of the query, in `searchIndex`'s order. */
  search(query: SearchQuery): SearchHit<S>[] {
    return this.searchPage(query, { offset: 0, limit: Infinity }).hits
  }

  /**
   * How many services meet the query, and `limit` of them from `offset` in `searchIndex`'s order: only those are
   * made into hits, so a page of twenty out of forty thousand costs little more than counting them.
   */
  searchPage(query: SearchQuery, { offset, limit }: { offset: number; limit: number }): SearchPage<S> {
    const prepared = prepareQuery(query)
    if (offset + limit > KEPT_UP_TO) return this.#findPage(prepared, offset, limit)
    const key = pageKey(prepared, offset, limit)
    const kept = this.#pages.get(key) ?? this.#findPage(prepared, offset, limit)
    // Most recently used last: the first key is the one to forget when too many are kept.
    this.#pages.delete(key)
    this.#pages.set(key, kept)
    if (this.#pages.size > PAGES_KEPT) this.#pages.delete(this.#pages.keys().next().value as string)
    return { total: kept.total, hits: kept.hits.map((hit) => ({ ...hit })) }
  }

  #findPage(prepared: PreparedQuery, offset: number, limit: number): SearchPage<S> {
    const { query } = prepared
    if (this.#ranksStale) {
      this.#ordered.forEach((entry, rank) => (entry.rank = rank))
      this.#ranksStale = false
    }
    const ranked = isRanked(prepared)
    // Each match's entry, distance and score side by side, so checking thousands of entries allocates little.
    const found: Entry<S>[] = []
    const distances: number[] = []
    const scores: number[] = []
    const measures = { distanceMetres: 0, score: 0 }
    const check = (entry: Entry<S>) => {
      if (!matchInto(entry.indexed, prepared, measures)) return
      found.push(entry)
      distances.push(measures.distanceMetres)
      scores.push(measures.score)
    }
    const sources = this.#sourcesFor(prepared)
    if (sources.length === 0) {
      // Nothing narrows the search but age, cost or being open: every service is a candidate, already in order.
      for (const entry of this.#ordered) check(entry)
    } else {
      // Start from the smallest source; the whole query is checked on each candidate, so the others need not be
      // intersected as sets.
      const smallest = sources.reduce((best, source) => (source.size < best.size ? source : best))
      // An entry may be in more than one of the sets (two points in two cells, two words with one start).
      const search = (this.#searches += 1)
      for (const set of smallest.sets)
        for (const entry of set) {
          if (entry.seen === search) continue
          entry.seen = search
          check(entry)
        }
    }
    const rankOf = (i: number) => (found[i] as Entry<S>).rank
    // Nearest first, then best word match (as `byRelevance`), then name order, which a plain scan's stable sort keeps.
    const compare = ranked
      ? (a: number, b: number) =>
          (distances[a] as number) - (distances[b] as number) ||
          (scores[b] as number) - (scores[a] as number) ||
          rankOf(a) - rankOf(b)
      : (a: number, b: number) => rankOf(a) - rankOf(b)
    const end = Math.min(found.length, offset + limit)
    // Only as far as the page's end is put in order; matches read in name order are in order already.
    const order =
      ranked || sources.length > 0 ? firstInOrder(found.length, end, compare) : Array.from({ length: end }, (_, i) => i)
    const hits = order.slice(offset).map((i): SearchHit<S> => ({
      service: (found[i] as Entry<S>).indexed.service,
      ...(query.near === undefined ? {} : { distanceMetres: distances[i] as number }),
      ...(prepared.wanted.length === 0 ? {} : { score: scores[i] as number }),
    }))
    return { total: found.length, hits }
  }

  /** Where a search could start: for each word typed, each need asked for, and the place, the services that have it. */
  #sourcesFor({ query, wanted, terms }: PreparedQuery): Source<S>[] {
    const sources: Source<S>[] = []
    for (const word of new Set(wanted)) sources.push(sourceOf(this.#entriesWithWordsStarting(word)))
    if (terms !== undefined) sources.push(sourceOf([...terms].flatMap((id) => this.#byTerm.get(id) ?? [])))
    if (query.near !== undefined) sources.push(sourceOf(this.#entriesInCellsNear(query.near)))
    return sources
  }

  #entriesWithWordsStarting(start: string): Set<Entry<S>>[] {
    const sets: Set<Entry<S>>[] = []
    for (let at = this.#firstWordFrom(start); at < this.#vocabulary.length; at += 1) {
      const word = this.#vocabulary[at] as string
      if (!word.startsWith(start)) break
      const set = this.#byWord.get(word)
      if (set !== undefined) sets.push(set)
    }
    return sets
  }

  /**
   * The entries in every grid cell a point within the distance could lie in: the rows within the distance north and
   * south, the columns within the widest east-west reach at the centre's latitude (the bounding box of a spherical
   * cap), one cell more each way so rounding never leaves a cell out. Every candidate's distance is checked exactly.
   */
  #entriesInCellsNear(near: NonNullable<SearchQuery['near']>): Set<Entry<S>>[] {
    const angle = near.withinMetres / EARTH_RADIUS_METRES
    const degrees = (angle * 180) / Math.PI
    const south = near.latitude - degrees
    const north = near.latitude + degrees
    const firstRow = Math.floor(south * CELLS_PER_DEGREE) - 1
    const lastRow = Math.floor(north * CELLS_PER_DEGREE) + 1
    const cosine = Math.cos((near.latitude * Math.PI) / 180)
    // A pole within reach, or a cap wider than the Earth at that latitude: every meridian is in reach.
    const everyColumn = north >= 90 || south <= -90 || Math.sin(angle) >= cosine
    const reach = everyColumn ? 180 : (Math.asin(Math.sin(angle) / cosine) * 180) / Math.PI
    const columns = everyColumn ? [] : columnsBetween(near.longitude - reach, near.longitude + reach)
    const allColumns = everyColumn || columns.length >= LONGITUDE_CELLS
    const cellCount = (lastRow - firstRow + 1) * (allColumns ? LONGITUDE_CELLS : columns.length)
    const sets: Set<Entry<S>>[] = []
    if (allColumns || cellCount > this.#byCell.size) {
      // Fewer cells are held than the box covers: look at each held cell instead of each cell in the box.
      const inColumns = new Set(columns)
      for (const [key, set] of this.#byCell) {
        const { row, column } = cellOfKey(key)
        if (row >= firstRow && row <= lastRow && (allColumns || inColumns.has(column))) sets.push(set)
      }
      return sets
    }
    for (let row = firstRow; row <= lastRow; row += 1)
      for (const column of columns) {
        const set = this.#byCell.get(cellKey({ row, column }))
        if (set !== undefined) sets.push(set)
      }
    return sets
  }

  /** Name order, then id. */
  #compare(a: IndexedService<S>, b: IndexedService<S>): number {
    return this.#collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  }

  /** Where a service goes in name order (then id), by binary search. */
  #positionOf(indexed: IndexedService<S>): number {
    let low = 0
    let high = this.#ordered.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const other = (this.#ordered[middle] as Entry<S>).indexed
      const order = this.#compare(other, indexed)
      if (order < 0) low = middle + 1
      else high = middle
    }
    return low
  }

  /** The first word in the vocabulary not before this one. */
  #firstWordFrom(word: string): number {
    let low = 0
    let high = this.#vocabulary.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((this.#vocabulary[middle] as string) < word) low = middle + 1
      else high = middle
    }
    return low
  }
}
