import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { isInsideAddress, isOutsideHost } from '../app/.server/outside-address'
import { fetchFeed } from '../app/routes/_directory+/directory-import.server'

// An administrator's feed address must not make the portal fetch from inside a network (found by the audit of
// issue 17: the cloud metadata address and the portal's own host were fetched and reported on).
describe('addresses a feed import may not reach', () => {
  it('counts loopback, private, link-local, shared and multicast addresses as inside, IPv4 and IPv6', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.5',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:169.254.169.254',
    ])
      expect(isInsideAddress(address), address).toBe(true)
  })

  it('counts public addresses as outside', () => {
    for (const address of ['8.8.8.8', '151.101.0.144', '172.32.0.1', '2a00:1450:4009:80b::200e', '::ffff:8.8.8.8'])
      expect(isInsideAddress(address), address).toBe(false)
  })

  it('refuses a host name that looks up to an inside address, and one that does not look up at all', async () => {
    expect(await isOutsideHost('localhost')).toBe(false)
    expect(await isOutsideHost('[::1]')).toBe(false)
    expect(await isOutsideHost('169.254.169.254')).toBe(false)
    expect(await isOutsideHost('no-such-host.invalid')).toBe(false)
    expect(await isOutsideHost('8.8.8.8')).toBe(true)
  })
})

/** An empty feed served on 127.0.0.1, counting the requests that reach it. */
async function emptyFeed() {
  let asked = 0
  const server = createServer((_request, response) => {
    asked += 1
    response.setHeader('Content-Type', 'application/json')
    response.end(JSON.stringify({ total_items: 0, total_pages: 1, page_number: 1, size: 0, contents: [] }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, asked: () => asked }
}

describe('importing a feed from an address inside a network', () => {
  it('is refused, naming the address, before anything is fetched; allowed only when the council says so', async () => {
    const { server, asked } = await emptyFeed()
    const address = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/services`
    try {
      const refused = await fetchFeed(address)
      expect(refused.ok).toBe(false)
      expect(refused.ok ? '' : refused.errors[0]?.message).toMatch(
        /^127\.0\.0\.1:\d+ is inside a private network or this server: enter the address of a feed published on the internet$/,
      )
      expect(asked()).toBe(0)
      expect((await fetchFeed(address, { insideAllowed: true })).ok).toBe(true)
      expect(asked()).toBe(1)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('connects only to the address it checked: a name that looks up outside, then to 127.0.0.1, fetches nothing', async () => {
    const { server, asked } = await emptyFeed()
    const port = String((server.address() as AddressInfo).port)
    // A hostile name server (DNS rebinding): a public address to the first question, this server to every later one.
    let lookups = 0
    const rebinding = async () => {
      lookups += 1
      return [lookups === 1 ? { address: '93.184.215.14', family: 4 } : { address: '127.0.0.1', family: 4 }]
    }
    try {
      const refused = await fetchFeed(`http://feed.rebinding.example:${port}/services`, {
        insideAllowed: false,
        resolve: rebinding,
      })
      expect(lookups).toBe(2)
      expect(refused.ok ? '' : refused.errors[0]?.message).toBe(
        `feed.rebinding.example:${port} is inside a private network or this server: enter the address of a feed published on the internet`,
      )
      expect(asked()).toBe(0)
      // The same name answering this server every time is fetched when the council allows its own network.
      const allowed = await fetchFeed(`http://feed.rebinding.example:${port}/services`, {
        insideAllowed: true,
        resolve: async () => [{ address: '127.0.0.1', family: 4 }],
      })
      expect(allowed.ok).toBe(true)
      expect(asked()).toBe(1)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
