import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { LookupFunction } from 'node:net'
import { isInsideAddress } from './outside-address.js'

/*
 * A GET that connects only to an address it has checked (decision 059, DNS rebinding). `fetch` looks a name up again
 * when it connects, so a name server could answer "outside" to the check and "127.0.0.1" to the connection; here the
 * connection's own look-up is the check: the addresses it is given are checked, and the socket connects to those.
 */

/** Looks a name up to all its addresses; a test gives its own. */
export type Resolve = (host: string) => Promise<LookupAddress[]>

const systemResolve: Resolve = (host) =>
  new Promise((resolve, reject) => {
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)))
  })

/** Thrown (as the request's error) when a name looks up to an address inside a network. */
export class InsideAddressError extends Error {
  constructor(readonly host: string) {
    super(`${host} looks up to an address inside a network`)
  }
}

/** The look-up a socket connects with: refuses a name any of whose addresses is inside, unless inside is allowed. */
function checkedLookup(resolve: Resolve, insideAllowed: boolean): LookupFunction {
  return (host, options, callback) => {
    resolve(host).then(
      (found) => {
        const wanted = found.filter(({ family }) => !options.family || family === options.family)
        if (wanted.length === 0) return callback(new Error(`${host} has no address`), '', 4)
        if (!insideAllowed && found.some(({ address }) => isInsideAddress(address)))
          return callback(new InsideAddressError(host), '', 4)
        if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, wanted)
        const [first] = wanted as [LookupAddress]
        callback(null, first.address, first.family)
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, '', 4),
    )
  }
}

export type OutsideAnswer = {
  status: number
  location: string | null
  /** The body as text, or undefined when it is longer than `maxBytes` (reading stops there). */
  text(maxBytes: number): Promise<string | undefined>
}

/** GETs `url` without following redirects, connecting only to addresses outside a network unless `insideAllowed`. */
export function getOutside(
  url: URL,
  options: { insideAllowed: boolean; timeoutMs: number; accept: string; resolve?: Resolve },
): Promise<OutsideAnswer> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'GET',
        headers: { Accept: options.accept },
        lookup: checkedLookup(options.resolve ?? systemResolve, options.insideAllowed),
        timeout: options.timeoutMs,
      },
      (response) => resolve(answerOf(response)),
    )
    outgoing.on('timeout', () => outgoing.destroy(new Error(`${url.host} took too long to answer`)))
    outgoing.on('error', reject)
    outgoing.end()
  })
}

function answerOf(response: IncomingMessage): OutsideAnswer {
  return {
    status: response.statusCode ?? 0,
    location: response.headers.location ?? null,
    text: (maxBytes) =>
      new Promise((resolve, reject) => {
        if (Number(response.headers['content-length'] ?? '0') > maxBytes) {
          response.destroy()
          return resolve(undefined)
        }
        const chunks: Buffer[] = []
        let length = 0
        response.on('data', (chunk: Buffer) => {
          length += chunk.length
          if (length > maxBytes) {
            response.destroy()
            resolve(undefined)
          } else chunks.push(chunk)
        })
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        response.on('error', reject)
      }),
  }
}
