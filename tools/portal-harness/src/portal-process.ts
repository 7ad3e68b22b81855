import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

export type RunningPortal = {
  url: string
  /** The SQLite file the portal uses (unused when it runs on PostgreSQL). */
  databasePath: string
  /** The PostgreSQL database the portal uses, when it was started with `databaseUrl`. */
  databaseUrl: string | undefined
  output: () => string
  stop: () => Promise<void>
}

export type PortalOptions = {
  /** The portal's folder (apps/portal in this repository), built: the one holding server.js and scripts/db-setup.js. */
  portalDir: string
  env?: Record<string, string>
  seed?: boolean
  /** Adds the demo's fictional survey answers and care histories (`db-setup.js --sample-history`), as `npm run demo` does. */
  sampleHistory?: boolean
  /** Runs the portal on this PostgreSQL database (DATABASE_URL) instead of a fresh SQLite file. */
  databaseUrl?: string
  /** The port to listen on (127.0.0.1); by default a free one the operating system chooses. */
  port?: number
}

/** A free port on the loopback interface, chosen by the operating system. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

/**
 * Runs `node scripts/db-setup.js` then `node server.js` exactly as a council would, on a fresh SQLite file, or on the
 * PostgreSQL database `databaseUrl` names.
 */
export async function startPortal(options: PortalOptions): Promise<RunningPortal> {
  const { portalDir } = options
  const folder = mkdtempSync(path.join(os.tmpdir(), 'open-sds-portal-'))
  const port = options.port ?? (await freePort())
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_PATH: path.join(folder, 'portal.sqlite'),
    SECURE_COOKIES: 'false',
    // A test's outbox holds only what the test does; the test of review notices turns them on.
    OPEN_SDS_REVIEW_NOTICES_EVERY_MINUTES: '0',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  }
  // Run without blocking this process, which may itself be serving something the portal needs (a test's relay).
  const setup = await runToEnd(
    [
      'scripts/db-setup.js',
      ...(options.seed === false ? ['--no-seed'] : []),
      ...(options.sampleHistory ? ['--sample-history'] : []),
    ],
    portalDir,
    env,
  )
  if (setup.code !== 0) throw new Error(`db-setup failed: ${setup.output}`)
  const child = spawn(process.execPath, ['server.js'], { cwd: portalDir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  await waitUntilAnswering(url, child, () => log)
  return {
    url,
    databasePath: env.DATABASE_PATH ?? '',
    databaseUrl: options.databaseUrl,
    output: () => log,
    stop: async () => {
      await stopProcess(child)
      rmSync(folder, { recursive: true, force: true })
    },
  }
}

/** Runs a Node script of the portal's to its end: its exit code, and its output (stderr then stdout). */
function runToEnd(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output: `${stderr}${stdout}` })))
}

/** Starts the server and waits for it to exit, for start-up failures; returns its exit code and output. */
export async function runPortalExpectingExit(
  portalDir: string,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const port = await freePort()
  const folder = mkdtempSync(path.join(os.tmpdir(), 'open-sds-portal-'))
  const child = spawn(process.execPath, ['server.js'], {
    cwd: portalDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_PATH: path.join(folder, 'p.sqlite'),
      ...env,
    } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)))
  clearTimeout(timer)
  rmSync(folder, { recursive: true, force: true })
  return { code, output }
}

async function waitUntilAnswering(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The portal exited with code ${child.exitCode}:\n${log()}`)
    try {
      const response = await fetch(`${url}/ping`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill('SIGKILL')
  throw new Error(`The portal did not answer within 30 seconds:\n${log()}`)
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}
