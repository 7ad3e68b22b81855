/** The database could not be opened or brought up to date. A start-up configuration problem: the message says what to do. */
export class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError'
  /** The SQLite file's path, or the PostgreSQL server and database (never the password). */
  readonly path: string

  constructor(message: string, path: string, options?: { cause?: unknown }) {
    super(message, options)
    this.path = path
  }
}
