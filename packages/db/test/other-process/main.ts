import { createInterface } from 'node:readline'
import { connectDatabase } from '../../src/index.js'
import { fromJson, type Call } from './wire.js'

// A second portal process, for tests of what two processes do to one database at once (./index.ts starts it). It
// opens the database named by its environment, says "ready", then runs each repository call it reads from stdin
// (one JSON line each) and writes each answer as one JSON line.

const handle = await connectDatabase({
  url: process.env.OPEN_SDS_OTHER_PROCESS_URL,
  path: process.env.OPEN_SDS_OTHER_PROCESS_PATH ?? '',
  migrate: false,
})
process.stdout.write('ready\n')
for await (const line of createInterface({ input: process.stdin })) {
  const { repository, method, args } = fromJson(line) as Call
  const target = handle.repos[repository] as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
  try {
    process.stdout.write(`${JSON.stringify({ value: await target[method]?.(...args) })}\n`)
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ error: error instanceof Error ? error.message : String(error) })}\n`)
  }
}
await handle.close()
