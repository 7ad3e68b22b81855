// knip finds files nothing reaches, dependencies nothing imports and exports nothing uses (pnpm lint:repo).
// Entry points beyond what knip reads from package.json, vitest, Remix and ESLint configs are listed here.
import type { KnipConfig } from 'knip'

/** Sass `@use`/`@forward`/`@import` as imports, so a package used only from a stylesheet counts as used. */
function sassImports(text: string): string {
  return [...text.matchAll(/@(?:use|forward|import)\s+['"]([^'"]+)['"]/g)]
    .map(([, target]) => `import '${target}';`)
    .join('\n')
}

const config: KnipConfig = {
  ignoreExportsUsedInFile: true,
  compilers: { scss: sassImports },
  // PostgreSQL's own client, installed with the server by scripts/with-postgres.sh: the side-by-side bench loads its
  // throwaway database with COPY through it, reading SQLite's rows as CSV through the sqlite3 command where installed.
  ignoreBinaries: ['psql', 'sqlite3'],
  workspaces: {
    '.': { entry: ['scripts/*.mjs', 'test/**/*.test.ts'] },
    'packages/*': { entry: ['examples/*.ts', 'test/**/*.test.ts'] },
    'packages/charging': { entry: ['examples/*.ts', 'scripts/*.ts', 'test/**/*.test.ts'] },
    // The open-sds-db command: package.json's bin (bin/open-sds-db.js) loads its build (dist/cli.js). drizzle.pg.config.ts is read by drizzle-kit
    // through db:generate's --config.
    'packages/db': { entry: ['src/cli.ts', 'examples/*.ts', 'test/**/*.test.ts', 'drizzle.pg.config.ts'] },
    // The letter font's files are found by path (createRequire(...).resolve in src/letters.ts), never imported.
    'plugins/example-county': { entry: ['scripts/*.ts'], ignoreDependencies: ['@fontsource/atkinson-hyperlegible'] },
    // load-context.ts only declares types for Remix; scripts are run with node; fixtures are plugins tests load by path.
    'apps/portal': { entry: ['app/load-context.ts', 'scripts/*.js', 'test/fixtures/**'] },
    // The packaging checks pack and install the packages (declared so turbo builds them first) and a zod 3 app,
    // which the tests copy into a temporary project: used by name and path, never imported.
    'tools/packaging': { ignore: ['fixtures/**'], ignoreDependencies: [/^@open-sds\//, 'zod-v3'] },
    // Each benchmark is run on its own by scripts/bench.sh.
    bench: { entry: ['*.ts'] },
  },
}

export default config
