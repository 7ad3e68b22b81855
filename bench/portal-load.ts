// Load test of the portal's start page beside a bare Remix route returning a static string (/ping), in one run.
// Bounded: 32 connections for 10 seconds per route, on 127.0.0.1 only. Run on purpose: `pnpm bench:portal`.
// Needs the built portal (`pnpm build`). Writes bench/results/portal-load.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startPortal } from '../apps/portal/test/support/portal-process.ts'

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32)
const DURATION_MS = Number(process.env.DURATION_SECONDS ?? 10) * 1000

type Figures = { route: string; requests: number; errors: number; requestsPerSecond: number; p50Ms: number; p99Ms: number; maxMs: number }

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN
}

async function hammer(baseUrl: string, route: string): Promise<Figures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS })
  const latencies: number[] = []
  let errors = 0
  const started = performance.now()
  const deadline = started + DURATION_MS
  const once = () =>
    new Promise<void>((resolve) => {
      const sent = performance.now()
      const request = http.get(`${baseUrl}${route}`, { agent }, (response) => {
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
    })
  const worker = async () => {
    while (performance.now() < deadline) await once()
  }
  await Promise.all(Array.from({ length: CONNECTIONS }, worker))
  const elapsedSeconds = (performance.now() - started) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return {
    route,
    requests: latencies.length,
    errors,
    requestsPerSecond: Math.round(latencies.length / elapsedSeconds),
    p50Ms: Number(percentile(latencies, 0.5).toFixed(2)),
    p99Ms: Number(percentile(latencies, 0.99).toFixed(2)),
    maxMs: Number((latencies.at(-1) ?? Number.NaN).toFixed(2)),
  }
}

const portal = await startPortal({ env: { OPEN_SDS_PLUGINS: process.env.OPEN_SDS_PLUGINS ?? '@open-sds/plugin-example-county' } })
try {
  // A short warm-up so both routes are measured with the JIT and the page cache warm.
  for (const route of ['/', '/ping']) await Promise.all(Array.from({ length: 200 }, () => fetch(`${portal.url}${route}`).then((r) => r.arrayBuffer())))
  const results = [await hammer(portal.url, '/ping'), await hammer(portal.url, '/')]
  console.log(`Portal load test: ${CONNECTIONS} connections, ${DURATION_MS / 1000} s per route, client and server on one 2-core machine`)
  console.table(results)
  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'results')
  mkdirSync(out, { recursive: true })
  writeFileSync(path.join(out, 'portal-load.json'), JSON.stringify({ at: new Date().toISOString(), connections: CONNECTIONS, durationMs: DURATION_MS, node: process.version, results }, null, 2))
} finally {
  await portal.stop()
}
