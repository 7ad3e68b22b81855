// Creates or migrates the portal's database (SQLite at DATABASE_PATH, or PostgreSQL at DATABASE_URL) and loads the
// demo data (run by `npm run demo`). Pass --no-seed to migrate only: what a council does before starting its processes.
// Pass --sample-history (as the demo does) to add fictional survey answers, care histories and safeguarding concerns,
// so the dashboards, published results and safeguarding counts show figures rather than "*".
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const buildDirectory = path.resolve(here, '..', process.env.OPEN_SDS_BUILD_DIR ?? 'build')
const build = await import(path.join(buildDirectory, 'server/index.js'))
try {
  const seed = !process.argv.includes('--no-seed')
  const sampleHistory = seed && process.argv.includes('--sample-history')
  /** @type {{ databasePath: string, address: string, outbox: string | undefined, accounts: { email: string, password: string, description: string }[] }} */
  const { databasePath, address, outbox, accounts } = await build.entry.module.prepareDatabase({ seed, sampleHistory })
  console.log(
    `Database ready at ${databasePath}${seed ? ' with demo data' : ''}${sampleHistory ? ', fictional survey answers, care histories and safeguarding concerns' : ''}.`,
  )
  if (accounts.length > 0) {
    console.log(`\nOnce it has started, the portal is at ${address}. Sign in with any of these demo accounts:\n`)
    const width = Math.max(...accounts.map(({ email }) => email.length))
    for (const { email, password, description } of accounts)
      console.log(`  ${email.padEnd(width)}  ${password.padEnd(30)}  ${description}`)
    console.log('')
  }
  if (outbox)
    console.log(
      `This is a demo: it sends no messages. Password reset links and the other messages it would send are shown at ${outbox}\n`,
    )
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
