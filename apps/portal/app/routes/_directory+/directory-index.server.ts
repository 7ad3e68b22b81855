import type { DirectoryChangeCursor } from '@open-sds/db'
import { DirectoryIndex, indexService, type Service } from '@open-sds/directory'
import type { AppContext } from '~/.server/context'
import { letRequestsIn } from '~/.server/let-requests-in'

// The public search's index of the directory (issue 17, decision 046): every service worked out once (its words,
// terms, ages, cost and points) and kept in this process's memory, so a search at 100,000 services reads no rows.
//
// Built at start-up (startDirectoryIndex), never inside a search: a search arriving before the first build ends
// waits for that build. Before each search one indexed query asks for what changed since the last change the index
// holds, and only those services are put into it (no rebuild). A fresh index is built in the background every few
// minutes and swapped in when whole: it catches a change another process stamped earlier than one already seen
// (clocks and commits need not agree), while searches carry on with the index they have.

/** What a result shows of a service: enough for its line on the results page, a fraction of the whole record. */
const shownOf = (service: Service): Service => ({
  id: service.id,
  name: service.name,
  status: service.status,
  ...(service.description === undefined ? {} : { description: service.description }),
  ...(service.fees === undefined ? {} : { fees: service.fees }),
  ...(service.cost_options === undefined
    ? {}
    : { cost_options: service.cost_options.map(({ id, amount }) => (amount === undefined ? { id } : { id, amount })) }),
  ...(service.attributes === undefined
    ? {}
    : {
        attributes: service.attributes.map(({ id, taxonomy_term_id, taxonomy_term }) => ({
          id,
          taxonomy_term_id: taxonomy_term_id ?? taxonomy_term?.id,
        })),
      }),
  ...(service.organization === undefined
    ? {}
    : { organization: { id: service.organization.id, name: service.organization.name, description: '' } }),
})

const REBUILD_EVERY_MS = 5 * 60 * 1000
/** Services read from the database at a time, so a large directory never sits in memory whole as records. */
const BATCH = 1000
/** Before any change: the cursor of an empty directory. */
const BEGINNING: DirectoryChangeCursor = { modifiedAt: new Date(0), id: '' }

type Index = {
  services: DirectoryIndex<Service>
  /** The last change the index holds: where the next reading of changes starts. */
  after: DirectoryChangeCursor
}

type State = {
  /** The index searches use; absent until the first build ends. */
  current?: Index
  /** The build under way, if any. */
  building?: Promise<Index>
  /** A reading of changes not yet started, which every search arriving now waits for. */
  waiting?: Promise<void>
  /** The reading of changes under way. */
  reading?: Promise<void>
}

const states = new WeakMap<object, State>()

const stateOf = (context: AppContext): State => {
  let state = states.get(context.database)
  if (!state) states.set(context.database, (state = {}))
  return state
}

const indexed = (service: Service) => ({ ...indexService(service), service: shownOf(service) })

/** The whole directory, read in name order a batch at a time (keyset paging: no count, no skipped rows). */
async function build(context: AppContext): Promise<Index> {
  const { directory } = context.database.repos
  // Where the directory stood before reading: anything changed while reading is read again as a change.
  const after = (await directory.lastChange()) ?? BEGINNING
  const entries: ReturnType<typeof indexed>[] = []
  let from
  do {
    const batch = await directory.fullServicesAfter({}, from, BATCH)
    for (const service of batch.contents) entries.push(indexed(service))
    from = batch.after
    await letRequestsIn()
  } while (from !== undefined)
  return { services: new DirectoryIndex(entries), after }
}

/** Starts a build unless one is under way; the index it makes becomes the one searches use. */
function rebuild(context: AppContext, state: State): Promise<Index> {
  state.building ??= build(context)
    .then((index) => (state.current = index))
    .finally(() => (state.building = undefined))
  return state.building
}

/** Puts every service changed since the index's last change into it, a batch at a time. */
async function readChanges(context: AppContext, index: Index): Promise<void> {
  for (;;) {
    const batch = await context.database.repos.directory.servicesChangedAfter(index.after, BATCH)
    // Searches run between awaits, never during this synchronous update, so none sees the index half changed.
    for (const service of batch.contents) index.services.put(indexed(service))
    if (batch.after === undefined) return
    index.after = batch.after
    if (batch.contents.length < BATCH) return
    await letRequestsIn()
  }
}

/**
 * A reading of changes that starts after this moment. Searches arriving together share one; one arriving while a
 * reading is under way waits for the next, since the one under way may have asked before its change was made.
 */
function changesFromNow(context: AppContext, state: State, index: Index): Promise<void> {
  if (state.waiting) return state.waiting
  const waiting: Promise<void> = (state.reading ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => {
      state.waiting = undefined
      state.reading = waiting
      return readChanges(context, state.current ?? index)
    })
    .finally(() => {
      if (state.reading === waiting) state.reading = undefined
    })
  state.waiting = waiting
  return waiting
}

/**
 * Builds the directory's index now, off any request, and again every few minutes in the background; gives a stop.
 * Called once at start-up; a failed build is told and tried again by the next search.
 */
export function startDirectoryIndex(context: AppContext): () => void {
  const state = stateOf(context)
  const report = (error: unknown) => console.error('Could not build the directory index:', error)
  const started = performance.now()
  rebuild(context, state)
    .then(({ services }) => {
      const ms = Math.round(performance.now() - started)
      console.log(`Directory index built at start-up: ${String(services.size)} services in ${String(ms)} ms`)
    })
    .catch(report)
  const timer = setInterval(() => void rebuild(context, state).catch(report), REBUILD_EVERY_MS)
  timer.unref()
  return () => clearInterval(timer)
}

/** The directory's services, indexed for searching, with every change made before this call. */
export async function directoryIndex(context: AppContext): Promise<DirectoryIndex<Service>> {
  const state = stateOf(context)
  const index = state.current ?? (await rebuild(context, state))
  await changesFromNow(context, state, index)
  return (state.current ?? index).services
}
