// The worker thread that counts figures off the request path (decision 022): it opens a database handle of its own
// (on SQLite a second handle must live in another thread, decision 020), counts one figure at a time as the thread
// that serves pages asks, and posts back the value or why it failed. It writes nothing.
import { constants, setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import { connectDatabase } from '../connect-database.js'
import type { CountedFigure } from '../repositories/figure-counts.js'
import { countFigure } from './count-figure.js'

export type CountRequest = { id: number; figure: CountedFigure; params: unknown } | { id: number; close: true }
export type CountAnswer = { id: number; value: unknown } | { id: number; problem: string }

const port = parentPort
if (!port) throw new Error('count-worker runs as a worker thread started by startFigureCounter')
const { url, path } = workerData as { url?: string; path: string }

// On Linux a nice value belongs to a thread, so this lowers the counting thread alone: when the machine is busy, the
// thread that serves pages runs first and a count takes longer. Elsewhere it would lower the whole portal, so not there.
if (process.platform === 'linux') {
  try {
    setPriority(constants.priority.PRIORITY_LOW)
  } catch {
    // Not allowed here (some containers refuse it): the count runs at the portal's own priority.
  }
}
// A background connection: on PostgreSQL the count's server process keeps to one core too (decision 030).
const opened = connectDatabase({ url, path, migrate: false, background: true })

port.on('message', (request: CountRequest) => {
  void answer(request).then((reply) => port.postMessage(reply))
})

async function answer(request: CountRequest): Promise<CountAnswer> {
  try {
    const handle = await opened
    if ('close' in request) {
      await handle.close()
      return { id: request.id, value: null }
    }
    return { id: request.id, value: await countFigure(handle.repos, request.figure, request.params) }
  } catch (error) {
    return { id: request.id, problem: error instanceof Error ? error.message : String(error) }
  }
}
