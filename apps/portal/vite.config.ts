import { fileURLToPath } from 'node:url'
import { vitePlugin as remix } from '@remix-run/dev'
import { flatRoutes } from 'remix-flat-routes'
import { defaultClientConditions, defaultServerConditions, defineConfig, type Plugin } from 'vite'

// Workspace packages are compiled from their TypeScript source into the portal's bundle.
// Plugins are imported by name at run time (they are configuration), so they resolve to their built dist.
const source = '@open-sds/source'

/**
 * The database package finds its SQL migrations beside its own files and loads a native SQLite addon, so the
 * server bundle imports it by name and Node loads its build at run time, instead of Vite bundling its source.
 */
function loadFromBuildAtRunTime(packages: string[]): Plugin {
  return {
    name: 'open-sds:load-from-build-at-run-time',
    enforce: 'pre',
    resolveId(id, _importer, options) {
      if (options?.ssr && packages.includes(id)) return { id, external: true }
      return null
    },
  }
}

export default defineConfig({
  server: { host: '127.0.0.1' },
  resolve: {
    conditions: [source, ...defaultClientConditions],
    alias: { '~': fileURLToPath(new URL('./app', import.meta.url)) },
  },
  ssr: {
    resolve: { conditions: [source, ...defaultServerConditions], externalConditions: [] },
  },
  css: {
    preprocessorOptions: {
      scss: { quietDeps: true, loadPaths: [fileURLToPath(new URL('./node_modules', import.meta.url))] },
    },
  },
  plugins: [
    loadFromBuildAtRunTime(['@open-sds/db']),
    remix({
      // Several builds can then sit side by side (parallel work on one checkout); the server reads the same variable.
      buildDirectory: process.env.OPEN_SDS_BUILD_DIR ?? 'build',
      // Routes are grouped by capability in `app/routes/<feature>+/` folders (remix-flat-routes; see decision 015).
      // A folder named `_feature+` adds nothing to the address; a file's name is its address, as with flat routes.
      // Beside the routes sit the feature's server modules (`*.server.ts`) and components (`__Name.tsx`), not routes.
      ignoredRouteFiles: ['**/*'],
      routes: (defineRoutes) =>
        flatRoutes('routes', defineRoutes, {
          ignoredRouteFiles: ['**/.*', '**/*.server.*', '**/__*.*', '**/*.test.*'],
        }),
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
  ],
})
