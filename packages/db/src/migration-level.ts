import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseOpenError } from './database-open-error.js'
import { errorMessage } from './error-details.js'

/** A migrations folder's list (drizzle's meta/_journal.json): each migration's name and when it was made. */
export type Journal = readonly { tag: string; when: number }[]

export function journalOf(folder: string, shown: string): Journal {
  const file = join(folder, 'meta', '_journal.json')
  if (!existsSync(file)) {
    throw new DatabaseOpenError(
      `Cannot bring the database ${shown} up to date: the migrations are missing from ${folder}. ` +
        'If the portal has been bundled, pass migrationsFolder to openDatabase with the path of @open-sds/db’s migrations folder.',
      shown,
    )
  }
  return (JSON.parse(readFileSync(file, 'utf8')) as { entries: Journal }).entries
}

/**
 * Refuses a database this code cannot safely use. Drizzle records each migration it applies by when the migration
 * was made, and only ever applies those made after the latest it recorded; so a database that has one made later than
 * any this code knows was migrated by a newer version, and this code would run against tables it does not know. A
 * database behind the code is brought up to date, unless the caller said not to migrate (then it is refused too). A
 * database with nothing applied is new, or not ours yet, and is left to the caller.
 */
export function checkMigrationLevel(options: {
  applied: readonly number[]
  journal: Journal
  shown: string
  willMigrate: boolean
}): void {
  const { applied, journal, shown, willMigrate } = options
  const latestKnown = Math.max(0, ...journal.map((entry) => entry.when))
  const unknown = applied.filter((when) => when > latestKnown).length
  if (unknown > 0) {
    throw new DatabaseOpenError(
      `The database ${shown} has ${unknown === 1 ? 'a change' : `${unknown} changes`} to its tables from a newer version ` +
        `of Open SDS than this one (it has ${applied.length} migrations; this version knows ${journal.length}). ` +
        'Nothing has been changed. Run the newer version, or restore the backup taken before the upgrade to use this one.',
      shown,
    )
  }
  const latestApplied = Math.max(0, ...applied)
  const pending = journal.filter((entry) => entry.when > latestApplied).length
  if (!willMigrate && applied.length > 0 && pending > 0) {
    throw new DatabaseOpenError(
      `The database ${shown} is ${pending === 1 ? 'one migration' : `${pending} migrations`} behind this version of ` +
        'Open SDS, and was opened without migrating. Nothing has been changed. Take a backup, then migrate it ' +
        '(`open-sds-db migrate`, or open it with migrate on) before using it with this version.',
      shown,
    )
  }
}

/** A migration failed; it ran in a transaction, so nothing was changed. */
export function migrationFailed(shown: string, error: unknown): DatabaseOpenError {
  return new DatabaseOpenError(
    `Cannot bring the database ${shown} up to date: a migration failed (${errorMessage(error)}). ` +
      'The database has not been changed. Keep it as it is and report this message: either this version has a fault ' +
      'or the database was changed by hand.',
    shown,
    { cause: error },
  )
}
