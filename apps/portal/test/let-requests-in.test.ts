import { createServer, request, type Server } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { letRequestsIn } from '~/.server/let-requests-in'

// Issue 17: under 32 connections, directory searches run back to back kept the event loop from going round, so
// connections opened last were not accepted until the load ended. Long work now takes turns.

let server: Server | undefined
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

const spin = (ms: number) => {
  const end = performance.now() + ms
  while (performance.now() < end);
}

describe('letRequestsIn', () => {
  it('gives turns first come first served', async () => {
    const order: number[] = []
    await Promise.all([1, 2, 3, 4].map((n) => letRequestsIn().then(() => order.push(n))))
    expect(order).toEqual([1, 2, 3, 4])
  })

  it('lets a new connection be accepted and answered between two searches, not after all of them', async () => {
    const answered: string[] = []
    server = createServer((_request, response) => response.end('pong'))
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('no port')
    // Twenty searches of 20 ms each are waiting when a new visitor connects.
    const searches = Array.from({ length: 20 }, (_, n) =>
      letRequestsIn().then(() => {
        spin(20)
        answered.push(`search ${String(n)}`)
      }),
    )
    const ping = new Promise<void>((resolve) => {
      request(`http://127.0.0.1:${String(address.port)}/ping`, (response) => {
        response.resume()
        response.on('end', () => {
          answered.push('ping')
          resolve()
        })
      }).end()
    })
    await Promise.all([...searches, ping])
    // Served within a few turns (connect, then the request), rather than after all twenty searches.
    expect(answered.indexOf('ping')).toBeLessThan(6)
  })
})
