import { Worker } from 'node:worker_threads'
import type { FigureCountJob, FigureCountsRepository } from '../repositories/figure-counts.js'
import type { CountAnswer, CountRequest } from './count-worker.js'

export type FigureCounterOptions = {
  /** The database the worker opens a handle of its own on: DATABASE_URL, or the SQLite file. */
  url?: string | undefined
  path: string
  /** How often to look for counts asked for by another process (default one second). */
  pollMs?: number
  /** A count started this long ago and never finished (its process stopped) is taken again (default ten minutes). */
  staleAfterMs?: number
}

export type FigureCounter = {
  /** Look for waiting counts now, rather than at the next poll: call it after asking for one. */
  nudge(): void
  /** Resolves once nothing is waiting that this process could take (for tests and benchmarks). */
  settled(): Promise<void>
  /** Stops taking counts, waits for the one under way, and ends the worker. */
  stop(): Promise<void>
}

// Compiled, this file runs beside count-worker.js. From source (the package's own tests) the worker is TypeScript,
// loaded through tsx, which a worker must register itself.
const fromSource = import.meta.url.endsWith('.ts')
const workerFile = new URL(fromSource ? './count-worker.ts' : './count-worker.js', import.meta.url)
const startWorkerFile = (workerData: unknown) =>
  fromSource
    ? new Worker(
        `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerFile.href)}) })`,
        { eval: true, workerData, execArgv: ['--conditions=@open-sds/source'] },
      )
    : new Worker(workerFile, { workerData })

/**
 * Counts the figures that are asked for (`repos.figureCounts.request`) in a worker thread with its own database
 * handle, one at a time, and stores each result with the instant it was counted as at (decision 022). The thread
 * that calls this only takes a request and stores an answer: two short statements. Every portal process may run
 * one; a request is taken by one of them.
 */
export function startFigureCounter(
  handle: { repos: { figureCounts: Pick<FigureCountsRepository, 'take' | 'finish'> } },
  options: FigureCounterOptions,
): FigureCounter {
  const pollMs = options.pollMs ?? 1000
  const staleAfterMs = options.staleAfterMs ?? 10 * 60_000
  let worker: Worker | undefined
  let nextId = 0
  const pending = new Map<number, (answer: CountAnswer) => void>()
  let stopped = false
  let wake: (() => void) | undefined
  let idleWaiters: { after: number; resolve: () => void }[] = []
  let pass = 0

  const startWorker = (): Worker => {
    const started = startWorkerFile({ url: options.url, path: options.path })
    started.on('message', (answer: CountAnswer) => {
      pending.get(answer.id)?.(answer)
      pending.delete(answer.id)
    })
    // A worker that dies fails the counts it held; the next count starts a new one.
    const fail = (problem: string) => {
      for (const [id, resolve] of pending) resolve({ id, problem })
      pending.clear()
      if (worker === started) worker = undefined
    }
    started.on('error', (error) => fail(`The counting worker stopped: ${error.message}`))
    started.on('exit', (code) => fail(`The counting worker stopped (exit code ${String(code)})`))
    return started
  }

  const ask = (request: CountRequest): Promise<CountAnswer> =>
    new Promise((resolve) => {
      worker ??= startWorker()
      pending.set(request.id, resolve)
      worker.postMessage(request)
    })

  const countOne = async (job: FigureCountJob) => {
    const answer = await ask({ id: (nextId += 1), figure: job.figure, params: job.params })
    const outcome = 'problem' in answer ? { problem: answer.problem } : { value: answer.value }
    await handle.repos.figureCounts.finish(job, outcome)
  }

  const loop = async () => {
    while (!stopped) {
      const thisPass = (pass += 1)
      const now = new Date()
      let job: FigureCountJob | undefined
      try {
        job = await handle.repos.figureCounts.take(now, new Date(now.getTime() - staleAfterMs))
        if (job) await countOne(job)
      } catch (error) {
        // A database that went away for a moment must not stop counting for good; the next poll tries again.
        console.error('Counting figures failed:', error)
      }
      if (job) continue
      // Only a look that began after settled() was called can tell that caller nothing is waiting.
      idleWaiters = idleWaiters.filter((waiter) => (waiter.after < thisPass ? waiter.resolve() : true))
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs)
        wake = () => {
          clearTimeout(timer)
          resolve()
        }
      })
      wake = undefined
    }
  }
  const running = loop()

  return {
    nudge: () => wake?.(),
    settled: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push({ after: pass, resolve })
        wake?.()
      }),
    async stop() {
      stopped = true
      wake?.()
      await running
      for (const waiter of idleWaiters.splice(0)) waiter.resolve()
      if (worker) {
        const closing = worker
        await ask({ id: (nextId += 1), close: true })
        await closing.terminate()
      }
    },
  }
}
