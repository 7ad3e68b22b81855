/**
 * Lets requests waiting on the process in before a long piece of work carries on. SQLite's reads finish at once, so
 * awaiting one between batches only runs the next promise: without this, reading 100,000 directory services in
 * batches (the search index's build, the ndjson export) held the process, /ping included, for the whole reading.
 */
export const letRequestsIn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
