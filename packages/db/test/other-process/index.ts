import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import type { Repositories } from '../../src/index.js'
import { fromJson, type Call } from './wire.js'

const main = fileURLToPath(new URL('./main.ts', import.meta.url))

/** What another portal process can be asked to do: one repository call at a time. */
export type OtherProcess = {
  call<K extends keyof Repositories, M extends keyof Repositories[K] & string>(
    repository: K,
    method: M,
    ...args: Repositories[K][M] extends (...args: infer A) => unknown ? A : never
  ): Repositories[K][M] extends (...args: never[]) => infer R ? R : never
  close(): Promise<void>
}

/**
 * Starts another process with the same database open (`where` as `connectDatabase` takes it) and waits until it is
 * ready. On SQLite this is the only way to race two connections: in one process, a transaction awaiting between its
 * statements holds the write lock, and a second connection in that same thread can only wait it out (decision 020).
 */
export async function startOtherProcess(where: { url?: string; path: string }): Promise<OtherProcess> {
  const child = spawn(process.execPath, ['--conditions=@open-sds/source', '--import', 'tsx', main], {
    env: {
      ...process.env,
      OPEN_SDS_OTHER_PROCESS_URL: where.url ?? '',
      OPEN_SDS_OTHER_PROCESS_PATH: where.path,
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const exited = once(child, 'exit')
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  const nextLine = async () => {
    const { value, done } = await lines.next()
    if (done) throw new Error('test setup: the other process ended without answering')
    return value
  }
  const ready = await nextLine()
  if (ready !== 'ready') throw new Error(`test setup: the other process said ${ready}`)
  return {
    call: (async (repository: keyof Repositories, method: string, ...args: unknown[]) => {
      child.stdin.write(`${JSON.stringify({ repository, method, args } satisfies Call)}\n`)
      const answer = fromJson(await nextLine()) as { value?: unknown; error?: string }
      if (answer.error !== undefined) throw new Error(answer.error)
      return answer.value
    }) as OtherProcess['call'],
    async close() {
      child.stdin.end()
      await exited
    },
  }
}
