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
}

export type LoadFigures = {
  route: string
  requests: number
  errors: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  maxMs: number
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
  const started = performance.now()
  const deadline = started + options.durationMs
  const once = (to: string) =>
    new Promise<void>((resolve) => {
      const sent = performance.now()
      const body = options.form?.(sentCount)
      const query = options.query?.(sentCount) ?? ''
      sentCount += 1
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
          resolve()
        })
      })
      request.on('error', () => {
        errors += 1
        resolve()
      })
      request.end(body)
    })
  const worker = async (to: string) => {
    while (performance.now() < deadline) await once(to)
  }
  await Promise.all(
    Array.from({ length: options.connections }, (_, index) => worker(baseUrls[index % baseUrls.length] ?? '')),
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
  }
}
