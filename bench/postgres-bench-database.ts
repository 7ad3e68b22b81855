// A PostgreSQL database for a benchmark, filled with exactly the rows of a SQLite file the bench has just written, so
// both engines are measured on the same synthetic people. Everything goes through `psql` (installed with the server
// by scripts/with-postgres.sh): COPY is PostgreSQL's bulk load, several times faster than INSERTs, and the bench needs
// no driver of its own. Only for throwaway databases: the copy skips the checks `open-sds-db copy-to-postgres` makes
// (decision 021), which is the command for a council's real data.
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { Readable } from 'node:stream'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DatabaseHandle } from '@open-sds/db'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The server's superuser URL (`OPEN_SDS_TEST_POSTGRES_URL`). When none is given, runs this same benchmark again under
 * scripts/with-postgres.sh, which starts a throwaway cluster on a free port on 127.0.0.1 and always removes it, and
 * exits with that run's code: so `pnpm bench NAME` alone measures both engines.
 */
export function postgresServerOrRerun(benchFile: string): string {
  const url = process.env.OPEN_SDS_TEST_POSTGRES_URL
  if (url) return url
  const run = spawnSync(
    'bash',
    ['scripts/with-postgres.sh', 'node_modules/.bin/tsx', '--conditions=@open-sds/source', benchFile],
    { cwd: root, stdio: 'inherit' },
  )
  process.exit(run.status ?? 1)
}

/** Runs psql on `url` with the commands given, feeding `input` (CSV lines) to a COPY FROM STDIN among them. */
async function psql(url: string, commands: string[], input?: Readable): Promise<string> {
  const child = spawn('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-A', '-t', ...commands.flatMap((c) => ['-c', c])], {
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const exited = once(child, 'close')
  if (input) input.pipe(child.stdin)
  else child.stdin.end()
  const [code] = (await exited) as [number | null]
  if (code !== 0) throw new Error(`psql ${commands.join('; ').slice(0, 200)} failed: ${err.trim()}`)
  return out
}

/** A new, empty database on the server, and a way to drop it (connections and all) afterwards. */
export async function createBenchDatabase(serverUrl: string, name: string) {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  await psql(serverUrl, [`drop database if exists ${name} with (force)`, `create database ${name}`])
  return {
    url: url.toString(),
    drop: () => psql(serverUrl, [`drop database if exists ${name} with (force)`]),
  }
}

// A CSV field PostgreSQL reads back exactly: NULL is an empty unquoted field, every other value is quoted (so an
// empty string stays one). SQLite's 0/1 booleans are accepted by PostgreSQL's boolean input as they are.
const field = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`
  return `"${String(value).replaceAll('"', '""')}"`
}

// The sqlite3 command writes CSV the same way (NULL empty, '' quoted) several times faster than JavaScript can, which
// matters for a million people's history; without it the rows are written here.
const hasSqliteCommand = spawnSync('sqlite3', ['-version']).status === 0

function csvOf(source: DatabaseHandle, file: string, table: string, columns: string[], byRowid: boolean): Readable {
  const query = `select ${columns.map((c) => `"${c}"`).join(', ')} from "${table}"${byRowid ? ' order by rowid' : ''}`
  if (hasSqliteCommand) {
    const child = spawn('sqlite3', ['-readonly', '-csv', file, query], { stdio: ['ignore', 'pipe', 'inherit'] })
    return child.stdout
  }
  const statement = source.sqlite.prepare(query).raw(true)
  return Readable.from(
    (function* () {
      for (const row of statement.iterate() as Iterable<unknown[]>) yield `${row.map(field).join(',')}\n`
    })(),
  )
}

/**
 * Copies every table of `source` holding rows into the migrated, empty PostgreSQL database at `url`, one COPY per
 * table. Foreign-key and append-only triggers are off for the load (`session_replication_role = replica`, as
 * pg_restore --disable-triggers does; it needs the superuser the throwaway cluster gives), so tables go in any order;
 * CHECK constraints still apply. A table whose twin has an identity `rowid` (decision 020) is sent in rowid order and
 * PostgreSQL numbers it afresh, which keeps the order the "latest" queries rely on. Then ANALYZE, as SQLite's is run.
 */
export async function copyIntoPostgres(
  source: DatabaseHandle,
  file: string,
  url: string,
): Promise<Record<string, number>> {
  const listing = await psql(url, [
    "select table_name, string_agg(column_name, ',' order by ordinal_position) from information_schema.columns where table_schema = 'public' and table_name not like '\\_\\_drizzle%' group by table_name",
  ])
  const copied: Record<string, number> = {}
  for (const line of listing.trim().split('\n')) {
    const [table = '', list = ''] = line.split('|')
    const all = list.split(',')
    const columns = all.filter((column) => column !== 'rowid')
    const { n } = source.sqlite.prepare(`select count(*) as n from "${table}"`).get() as { n: number }
    if (n === 0) continue
    await psql(
      url,
      [
        'set session_replication_role = replica',
        `copy "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) from stdin with (format csv)`,
      ],
      csvOf(source, file, table, columns, all.includes('rowid')),
    )
    copied[table] = n
  }
  await psql(url, ['analyze'])
  return copied
}
