import { fileURLToPath } from 'node:url'
import { vitePlugin as remix } from '@remix-run/dev'
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite'

// Workspace packages are compiled from their TypeScript source into the portal's bundle.
// Plugins are imported by name at run time (they are configuration), so they resolve to their built dist.
const source = '@open-sds/source'

export default defineConfig({
  server: { host: '127.0.0.1' },
  resolve: { conditions: [source, ...defaultClientConditions], alias: { '~': fileURLToPath(new URL('./app', import.meta.url)) } },
  ssr: {
    resolve: { conditions: [source, ...defaultServerConditions], externalConditions: [] },
    // The database package finds its migrations beside its own files, so it is loaded from its build, not bundled.
    external: ['@open-sds/db'],
  },
  css: { preprocessorOptions: { scss: { quietDeps: true } } },
  plugins: [
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
  ],
})
