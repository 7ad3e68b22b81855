import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

// Addresses inside a network, which a feed address typed by an administrator must not reach: the portal would fetch
// from its own host, the council's internal network or a cloud provider's metadata service (169.254.169.254), and
// its report ("answered 403, not a feed") would tell the typist what is there.
const inside = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  inside.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  inside.addSubnet(network, prefix, 'ipv6')

/** Whether an IP address is loopback, private, link-local, shared, reserved or multicast (IPv4 inside IPv6 too). */
export function isInsideAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1]
  if (mapped) return inside.check(mapped, 'ipv4')
  const family = isIP(address)
  if (family === 0) return true
  return inside.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/**
 * Whether every address `host` names is outside: a name is looked up, and refused if any of its addresses is inside
 * (or it has none). The answer can change before the fetch looks it up again (DNS rebinding), so the fetch checks
 * what it connects to as well (`getOutside`); this check refuses an address typed as a number, which no look-up sees.
 */
export async function isOutsideHost(
  host: string,
  resolve: (host: string) => Promise<{ address: string }[]> = (name) => lookup(name, { all: true, verbatim: true }),
): Promise<boolean> {
  const bare = host.replace(/^\[|\]$/g, '')
  if (isIP(bare) !== 0) return !isInsideAddress(bare)
  try {
    const found = await resolve(bare)
    return found.length > 0 && found.every(({ address }) => !isInsideAddress(address))
  } catch {
    return false
  }
}
