/**
 * Takes turns with the other long pieces of work in this process (directory searches, the index's build, the ndjson
 * export's batches), first come first served, one turn each time round the event loop: between two turns Node reads
 * the sockets, answers what is quick (/ping, a page) and accepts new connections.
 *
 * Why (issue 17, measured by bench/directory-search.ts): Node accepts about one waiting connection each time round
 * its event loop, and a time round was every connection's search back to back. With 32 connections, the ones opened
 * last waited in the kernel's accept queue until the load ended (p99 = the whole run) while the rest were served over
 * and over. Awaiting one SQLite read between batches only ran the next promise; `setImmediate` alone let every waiting
 * search run in one go.
 */
const waiting: (() => void)[] = []
let turning = false

function nextTurn(): void {
  const go = waiting.shift()
  if (go === undefined) {
    turning = false
    return
  }
  // The work runs as soon as this callback returns (promise jobs run before the next callback); the next turn is
  // given in the next time round the loop, after the sockets have been read.
  go()
  setImmediate(nextTurn)
}

/** Resolves when it is this caller's turn: after everyone who asked before it, and after the sockets are read. */
export const letRequestsIn = (): Promise<void> =>
  new Promise((resolve) => {
    waiting.push(resolve)
    if (!turning) {
      turning = true
      setImmediate(nextTurn)
    }
  })
