import { backupDatabase } from './backup.js'
import { connectDatabase, type AnyDatabaseHandle } from './connect-database.js'
import { copyToPostgres } from './copy-to-postgres.js'
import { errorMessage } from './error-details.js'
import { openDatabase } from './open-database.js'
import { openPostgresDatabase } from './open-postgres.js'
import { hashPasswordScrypt } from './password.js'
import { demoAccounts, seedDemoData, type SeedOptions } from './seed.js'

export const usage = `Usage: open-sds-db <command> <arguments>

Commands:
  migrate <database>                           Create the database if needed and apply any pending migrations.
  seed <database>                              Add the demo accounts and people. Their passwords are public:
                                               never seed a database that real people use.
  copy-to-postgres --from <database-file> --to <postgres-url>
                                               Copy a SQLite database into a new, empty PostgreSQL database (it is
                                               migrated first): every table in one transaction, then each table's
                                               row count and content checksum compared. Stop the portal first.
  backup <database-file> <backup-file> [--overwrite]
                                               Copy a consistent snapshot; safe while the portal is running.
                                               Refuses to replace an existing file unless --overwrite is given.
  help                                         Show this text.

A <database> is an SQLite file, or a PostgreSQL URL (postgres://user:password@host:5432/database) as in DATABASE_URL.
On PostgreSQL take backups with pg_dump (see the README).`

export type CliIo = { out: (text: string) => void; err: (text: string) => void }

export type CliDependencies = {
  hashPassword?: SeedOptions['hashPassword']
  now?: () => Date
}

const exitOk = 0
const exitFailed = 1
const exitUsage = 2

const isPostgresUrl = (text: string) => /^postgres(ql)?:\/\//i.test(text)

async function withDatabase<T>(database: string, work: (handle: AnyDatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await connectDatabase(isPostgresUrl(database) ? { url: database, path: '' } : { path: database })
  try {
    return await work(handle)
  } finally {
    await handle.close()
  }
}

/** `--from <file> --to <url>`, in either order; undefined when anything else is given. */
function fromAndTo(rest: readonly string[]): { from: string; to: string } | undefined {
  if (rest.length !== 4) return undefined
  const value = (flag: string) => {
    const index = rest.indexOf(flag)
    return index >= 0 && index % 2 === 0 ? rest[index + 1] : undefined
  }
  const from = value('--from')
  const to = value('--to')
  return from && to && !from.startsWith('--') && !to.startsWith('--') ? { from, to } : undefined
}

async function copyCommand(from: string, to: string, io: CliIo): Promise<number> {
  if (!isPostgresUrl(to)) {
    io.err(`--to must be a PostgreSQL URL (postgres://user:password@host:5432/database), not ${to.split('@').pop()}.`)
    return exitUsage
  }
  const source = openDatabase({ path: from, migrate: false })
  try {
    const target = await openPostgresDatabase({ url: to })
    try {
      const copied = await copyToPostgres(source, target)
      if (!copied.ok) {
        for (const issue of copied.errors) io.err(issue.message)
        return exitFailed
      }
      const rows = copied.value.tables.reduce((sum, table) => sum + table.rows, 0)
      io.out(
        `Copied ${source.path} into ${target.path}: ${plural(rows, 'row')} in ${plural(copied.value.tables.length, 'table')}.`,
      )
      for (const table of copied.value.tables)
        io.out(`  ${table.table}: ${plural(table.rows, 'row')}, checksum ${table.checksum.slice(0, 16)} on both`)
      if (copied.value.emptyWithoutTwin.length > 0)
        io.out(`Not on PostgreSQL in this version, and empty: ${copied.value.emptyWithoutTwin.join(', ')}.`)
      return exitOk
    } finally {
      await target.close()
    }
  } finally {
    source.close()
  }
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`

/** The `open-sds-db` command. Returns the exit code; writes only through `io`. */
export async function runCli(args: readonly string[], io: CliIo, dependencies: CliDependencies = {}): Promise<number> {
  const [command, ...rest] = args
  const overwrite = rest.includes('--overwrite')
  const operands = rest.filter((arg) => arg !== '--overwrite')
  const badArguments = (why: string) => {
    io.err(`${why}\n\n${usage}`)
    return exitUsage
  }
  if (command === undefined) return badArguments('Say which command to run.')
  if (command === 'help' || command === '--help' || command === '-h') {
    io.out(usage)
    return exitOk
  }
  if (command === 'copy-to-postgres') {
    const paths = fromAndTo(rest)
    if (!paths) return badArguments('copy-to-postgres needs --from <database-file> --to <postgres-url>.')
    try {
      return await copyCommand(paths.from, paths.to, io)
    } catch (error) {
      io.err(errorMessage(error))
      return exitFailed
    }
  }
  const unknownOption = operands.find((arg) => arg.startsWith('-'))
  if (unknownOption) return badArguments(`Unknown option ${unknownOption}.`)
  if (overwrite && command !== 'backup') return badArguments('--overwrite only applies to backup.')

  try {
    switch (command) {
      case 'migrate': {
        const [path] = operands
        if (path === undefined || operands.length !== 1)
          return badArguments('migrate needs exactly one database file or PostgreSQL URL.')
        await withDatabase(path, async (handle) => io.out(`The database at ${handle.path} is up to date.`))
        return exitOk
      }
      case 'seed': {
        const [path] = operands
        if (path === undefined || operands.length !== 1)
          return badArguments('seed needs exactly one database file or PostgreSQL URL.')
        const options: SeedOptions = {
          hashPassword: dependencies.hashPassword ?? ((plain) => hashPasswordScrypt(plain)),
          now: dependencies.now?.() ?? new Date(),
        }
        // A URL is shown as the handle gives it: without its password.
        const { summary, shown } = await withDatabase(path, async (handle) => ({
          summary: await seedDemoData(handle, options),
          shown: isPostgresUrl(path) ? handle.path : path,
        }))
        io.out(
          `Seeded ${shown}: ${plural(summary.usersCreated, 'new account')}, ${plural(summary.peopleCreated, 'new person', 'new people')}, ` +
            `${plural(summary.accessGranted, 'new access grant')}.\nDemo sign-ins (public passwords, for demonstration only):`,
        )
        for (const account of demoAccounts) io.out(`  ${account.email}  ${account.password}  (${account.description})`)
        return exitOk
      }
      case 'backup': {
        const [path, destination] = operands
        if (path === undefined || destination === undefined || operands.length !== 2) {
          return badArguments('backup needs the database file and the backup file.')
        }
        const result = await backupDatabase(path, destination, { overwrite })
        if (!result.ok) {
          for (const issue of result.errors) io.err(issue.message)
          return exitFailed
        }
        io.out(`Backed up ${path} to ${result.value.destinationPath} (${plural(result.value.bytes, 'byte')}).`)
        return exitOk
      }
      default:
        return badArguments(`Unknown command ${command}.`)
    }
  } catch (error) {
    io.err(errorMessage(error))
    return exitFailed
  }
}
