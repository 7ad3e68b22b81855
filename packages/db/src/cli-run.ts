import { backupDatabase } from './backup.js'
import { errorMessage } from './error-details.js'
import { openDatabase, type DatabaseHandle } from './open-database.js'
import { hashPasswordScrypt } from './password.js'
import { demoAccounts, seedDemoData, type SeedOptions } from './seed.js'

export const usage = `Usage: open-sds-db <command> <arguments>

Commands:
  migrate <database-file>                      Create the database if needed and apply any pending migrations.
  seed <database-file>                         Add the demo accounts and people. Their passwords are public:
                                               never seed a database that real people use.
  backup <database-file> <backup-file> [--overwrite]
                                               Copy a consistent snapshot; safe while the portal is running.
                                               Refuses to replace an existing file unless --overwrite is given.
  help                                         Show this text.`

export type CliIo = { out: (text: string) => void; err: (text: string) => void }

export type CliDependencies = {
  hashPassword?: SeedOptions['hashPassword']
  now?: () => Date
}

const exitOk = 0
const exitFailed = 1
const exitUsage = 2

function withDatabase<T>(path: string, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = openDatabase({ path })
  return work(handle).finally(() => handle.close())
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
  const unknownOption = operands.find((arg) => arg.startsWith('-'))
  if (unknownOption) return badArguments(`Unknown option ${unknownOption}.`)
  if (overwrite && command !== 'backup') return badArguments('--overwrite only applies to backup.')

  try {
    switch (command) {
      case 'migrate': {
        const [path] = operands
        if (path === undefined || operands.length !== 1) return badArguments('migrate needs exactly one database file.')
        await withDatabase(path, async (handle) => io.out(`The database at ${handle.path} is up to date.`))
        return exitOk
      }
      case 'seed': {
        const [path] = operands
        if (path === undefined || operands.length !== 1) return badArguments('seed needs exactly one database file.')
        const options: SeedOptions = {
          hashPassword: dependencies.hashPassword ?? ((plain) => hashPasswordScrypt(plain)),
          now: dependencies.now?.() ?? new Date(),
        }
        const summary = await withDatabase(path, (handle) => seedDemoData(handle, options))
        io.out(
          `Seeded ${path}: ${plural(summary.usersCreated, 'new account')}, ${plural(summary.peopleCreated, 'new person', 'new people')}, ` +
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
