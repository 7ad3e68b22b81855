// Creates or migrates the portal's SQLite database and loads the demo data (run by `npm run demo`).
// Pass --no-seed to migrate only.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const buildDirectory = path.resolve(here, '..', process.env.OPEN_SDS_BUILD_DIR ?? 'build')
const build = await import(path.join(buildDirectory, 'server/index.js'))
try {
  const seed = !process.argv.includes('--no-seed')
  const { databasePath } = await build.entry.module.prepareDatabase({ seed })
  console.log(`Database ready at ${databasePath}${seed ? ' with demo data' : ''}.`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
