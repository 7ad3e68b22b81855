import { randomBytes } from 'node:crypto'
import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  rmSync,
  renameSync,
  statSync,
} from 'node:fs'
import { dirname, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { errorCode, errorMessage } from './error-details.js'
import type { DatabaseHandle } from './open-database.js'
import { fail, ok, type Result } from '@open-sds/kernel'

export type BackupOptions = {
  /** Replace a file already at the destination (default false). */
  overwrite?: boolean
}

export type BackupSummary = {
  /** Absolute path of the backup file. */
  destinationPath: string
  /** Database pages copied. */
  pages: number
  /** Size of the backup file in bytes. */
  bytes: number
}

// From the portal's own connection, copy in small steps so the portal keeps answering; its writes during the backup
// go into the copy as they happen. From a separate connection (the command line), copy in one step: a write by the
// portal between steps would restart the copy, and WAL lets the portal keep writing while one step reads.
const pagesPerStepSharedConnection = 1000
const allPagesAtOnce = 0x7fffffff

/** The copy is written beside the destination under a temporary name, so no one ever sees half a backup. */
function publish(temporary: string, destination: string, overwrite: boolean): void {
  if (overwrite) {
    renameSync(temporary, destination)
    return
  }
  try {
    // A hard link fails if the destination exists, even if it appeared a moment ago: no check-then-write race.
    linkSync(temporary, destination)
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw error
    copyFileSync(temporary, destination, constants.COPYFILE_EXCL)
  }
  rmSync(temporary, { force: true })
}

/**
 * Copies a consistent snapshot of the database to `destinationPath` with SQLite's online backup API, safe while the
 * portal is running. `source` is the portal's open handle, or the path of a database file.
 */
export async function backupDatabase(
  source: string | Pick<DatabaseHandle, 'sqlite'>,
  destinationPath: string,
  options: BackupOptions = {},
): Promise<Result<BackupSummary>> {
  const destination = resolve(destinationPath)
  const overwrite = options.overwrite ?? false
  if (!overwrite && existsSync(destination)) {
    return fail({
      path: 'destinationPath',
      message: `A file already exists at ${destination}. Choose another name for the backup, or allow overwriting (--overwrite on the command line).`,
    })
  }
  if (typeof source === 'string' && !existsSync(source)) {
    return fail({
      path: 'source',
      message: `There is no database file at ${resolve(source)}. Check the path of the database to back up.`,
    })
  }

  const sourcePath = resolve(typeof source === 'string' ? source : source.sqlite.name)
  if (sourcePath === destination) {
    return fail({
      path: 'destinationPath',
      message: 'The backup cannot be written over the database it is a backup of. Choose another path.',
    })
  }

  const temporary = `${destination}.${randomBytes(6).toString('hex')}.partial`
  let opened: Database.Database | undefined
  try {
    mkdirSync(dirname(destination), { recursive: true })
    // A backup holds everything the database does: created readable by the service's user only, before SQLite
    // writes a byte of it (an empty file is a valid empty database for the backup to fill).
    closeSync(openSync(temporary, 'wx', 0o600))
    const connection =
      typeof source === 'string'
        ? (opened = new Database(source, { readonly: true, fileMustExist: true }))
        : source.sqlite
    const step = opened ? allPagesAtOnce : pagesPerStepSharedConnection
    const progress = await connection.backup(temporary, { progress: () => step })
    publish(temporary, destination, overwrite)
    return ok({ destinationPath: destination, pages: progress.totalPages, bytes: statSync(destination).size })
  } catch (error) {
    if (errorCode(error) === 'EEXIST') {
      return fail({
        path: 'destinationPath',
        message: `A file appeared at ${destination} during the backup; it has been left alone.`,
      })
    }
    return fail({ path: 'destinationPath', message: `The backup to ${destination} failed: ${errorMessage(error)}.` })
  } finally {
    opened?.close()
    rmSync(temporary, { force: true })
  }
}
