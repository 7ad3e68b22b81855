// Load test of the portal's start page beside a bare Remix route returning a static string (/ping), in one run.
// Bounded: 32 connections for 10 seconds per route, on 127.0.0.1 only. Run on purpose: `pnpm bench:portal`.
// Needs the built portal (`pnpm build`). Writes bench/results/portal-load.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startPortal } from '@open-sds/portal-harness'
import { loadRoute } from './load-route.ts'

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32)
const DURATION_MS = Number(process.env.DURATION_SECONDS ?? 10) * 1000

// The built portal of this repository, started as a council would run it.
const portal = await startPortal({
  portalDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/portal'),
  env: { OPEN_SDS_PLUGINS: process.env.OPEN_SDS_PLUGINS ?? '@open-sds/plugin-example-county' },
})
try {
  // A short warm-up so both routes are measured with the JIT and the page cache warm.
  for (const route of ['/', '/ping'])
    await Promise.all(Array.from({ length: 200 }, () => fetch(`${portal.url}${route}`).then((r) => r.arrayBuffer())))
  const load = { connections: CONNECTIONS, durationMs: DURATION_MS }
  const results = [await loadRoute(portal.url, '/ping', load), await loadRoute(portal.url, '/', load)]
  console.log(
    `Portal load test: ${CONNECTIONS} connections, ${DURATION_MS / 1000} s per route, client and server on one 2-core machine`,
  )
  console.table(results)
  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'results')
  mkdirSync(out, { recursive: true })
  writeFileSync(
    path.join(out, 'portal-load.json'),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        connections: CONNECTIONS,
        durationMs: DURATION_MS,
        node: process.version,
        results,
      },
      null,
      2,
    ),
  )
} finally {
  await portal.stop()
}
