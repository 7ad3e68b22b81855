// The bounded load pattern the portal benchmarks share: a fixed number of keep-alive connections on 127.0.0.1,
// each sending the next request as soon as the last is answered, for a fixed time. Given several portal processes,
// the connections are shared out among them in turn, as a load balancer would.
import http from 'node:http'

export type LoadOptions = {
  connections: number
  durationMs: number
  headers?: Record<string, string>
  /** Makes each request a form POST with the body given for the nth request (n counts from 0 across connections). */
  form?: (n: number) => string
  /** Appended to the route for the nth request (a query string), so one run can mix GET searches. */
  query?: (n: number) => string
  /** Keeps every request's own figures (`LoadFigures.requestsMade`), to see who waited and behind what. */
  record?: boolean
}

/** One request as the client saw it: when it was sent and answered (ms from the run's start), on which connection. */
export type RequestMade = {
  n: number
  connection: number
  query: string
  sentMs: number
  endedMs: number
  status: number
}

export type LoadFigures = {
  route: string
  requests: number
  errors: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  /** Every request, when `record` was asked for. */
  requestsMade?: RequestMade[]
}

export function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN
}

const twoPlaces = (value: number) => Number(value.toFixed(2))

/** Only 200 answers count as served; anything else, or a broken connection, is an error. */
export async function loadRoute(
  baseUrl: string | readonly string[],
  route: string,
  options: LoadOptions,
): Promise<LoadFigures> {
  const baseUrls = typeof baseUrl === 'string' ? [baseUrl] : baseUrl
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections })
  const latencies: number[] = []
  let errors = 0
  let sentCount = 0
  const made: RequestMade[] = []
  const started = performance.now()
  const deadline = started + options.durationMs
  const once = (to: string, connection: number) =>
    new Promise<void>((resolve) => {
      const sent = performance.now()
      const n = sentCount
      const body = options.form?.(n)
      const query = options.query?.(n) ?? ''
      sentCount += 1
      const note = (status: number) => {
        if (options.record)
          made.push({ n, connection, query, sentMs: sent - started, endedMs: performance.now() - started, status })
      }
      const headers = {
        ...options.headers,
        ...(body === undefined ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' }),
      }
      const method = body === undefined ? 'GET' : 'POST'
      const request = http.request(`${to}${route}${query}`, { agent, method, headers }, (response) => {
        response.resume()
        response.on('end', () => {
          if (response.statusCode === 200) latencies.push(performance.now() - sent)
          else errors += 1
          note(response.statusCode ?? 0)
          resolve()
        })
      })
      request.on('error', () => {
        errors += 1
        note(0)
        resolve()
      })
      request.end(body)
    })
  // Each worker is one client connection's turn-taking; `connection` names the worker (the agent may swap sockets).
  const worker = async (to: string, connection: number) => {
    while (performance.now() < deadline) await once(to, connection)
  }
  await Promise.all(
    Array.from({ length: options.connections }, (_, index) => worker(baseUrls[index % baseUrls.length] ?? '', index)),
  )
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return {
    route,
    requests: latencies.length,
    errors,
    requestsPerSecond: Number((latencies.length / seconds).toFixed(1)),
    p50Ms: twoPlaces(percentile(latencies, 0.5)),
    p99Ms: twoPlaces(percentile(latencies, 0.99)),
    maxMs: twoPlaces(latencies.at(-1) ?? Number.NaN),
    ...(options.record ? { requestsMade: made.sort((a, b) => a.n - b.n) } : {}),
  }
}
