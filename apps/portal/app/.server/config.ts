import { existsSync, readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import path from 'node:path'
import { z } from 'zod'

/** The portal's settings, read once at start-up from the environment and an optional JSON file. */
export type PortalConfig = z.infer<typeof PortalConfigSchema>

// An installed package (`@council/open-sds-plugin`) or a local module file (`./plugins/ours.mjs`, `/srv/ours.mjs`).
const PLUGIN_SPECIFIER = /^((@[a-z0-9-]+\/)?[a-z0-9][a-z0-9._-]*|\.{1,2}\/\S+|\/\S+)$/

const TRUST_PROXY_RULE =
  'must be the number of proxies in front of the portal (1 to 10), or their addresses (IPv4 or IPv6, each optionally /prefix), comma-separated; leave it unset when there is no proxy'

/** An address, or a network as address/prefix, such as 10.0.0.5 or 10.1.0.0/16. */
function isAddressOrNetwork(entry: string): boolean {
  const [address = '', prefix, extra] = entry.split('/')
  const version = isIP(address)
  if (version === 0 || extra !== undefined) return false
  if (prefix === undefined) return true
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128)
}

// Which proxies' X-Forwarded-For to believe: none (false), the nearest N hops, or the proxies with these addresses.
const TrustProxySchema = z.union([
  z.literal(false),
  z.number().int().min(1).max(10),
  z.array(z.string().refine(isAddressOrNetwork)).min(1),
])

function readTrustProxy(value: string | undefined): unknown {
  const text = value?.trim() ?? ''
  if (text === '' || text === 'false') return false
  if (/^-?\d+$/.test(text)) return Number(text)
  return text.split(',').map((entry) => entry.trim())
}

/**
 * DATABASE_URL, when set, must be a PostgreSQL URL with a database name. The message never repeats the value, which
 * may hold a password; whether the server can be reached is found out when the database is opened (decision 021).
 */
function isPostgresUrl(text: string): boolean {
  if (text === '') return true
  try {
    const url = new URL(text)
    return (
      (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '' && url.pathname.length > 1
    )
  } catch {
    return false
  }
}

const DATABASE_URL_RULE =
  'must be a PostgreSQL address like postgres://user:password@host:5432/database (with any special characters in the password percent-encoded), or be left unset to use SQLite at DATABASE_PATH'

function isHttpOrigin(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text.replace(/\/$/, '')
  } catch {
    return false
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

// A GOV.UK Notify API key: its name, the service's id and the secret, joined by hyphens (the last two are UUIDs).
const isNotifyApiKey = (key: string) =>
  key === '' ||
  (/^[A-Za-z0-9_-]+$/.test(key) && key.length >= 75 && UUID.test(key.slice(-73, -37)) && UUID.test(key.slice(-36)))

const notifyTemplateId = z
  .string()
  .refine(
    (id) => id === '' || UUID.test(id),
    'must be the id GOV.UK Notify shows for the template, like 3fa85f64-5717-4562-b3fc-2c963f66afa6',
  )

const booleanFromText = z.enum(['true', 'false']).transform((value) => value === 'true')

const PortalConfigSchema = z.object({
  nodeEnv: z.enum(['development', 'production', 'test']),
  host: z.string().min(1),
  port: z.coerce.number().int().min(1).max(65535),
  databasePath: z.string().min(1),
  // PostgreSQL when set (blank counts as unset); SQLite at databasePath otherwise, so the demo needs no extra step.
  databaseUrl: z.string().trim().refine(isPostgresUrl, DATABASE_URL_RULE),
  // Whether the portal brings the database up to date as it starts. A council running several processes may migrate
  // once beforehand (db-setup, or open-sds-db migrate) and start them with false: then one behind is refused.
  migrateOnStart: z.boolean(),
  plugins: z
    .array(
      z
        .string()
        .regex(PLUGIN_SPECIFIER, 'must be an npm package name, or a path to a plugin file starting with ./ or /'),
    )
    .min(1),
  secureCookies: z.boolean(),
  maxBodyBytes: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024),
  // The council's ONS code, which the Client Level Data return carries on every row; empty until a council sets it.
  localAuthorityCode: z
    .string()
    .refine(
      (code) => code === '' || /^E\d{8}$/.test(code),
      "must be the council's 9-character ONS code, a capital E and eight digits, such as E10000006",
    ),
  // Rate limits and the audit log use the client's address: from X-Forwarded-For only through proxies trusted here.
  trustProxy: TrustProxySchema,
  // A demonstration instance: shows on /outbox every message the portal would send, reset links included, to anyone
  // (decision 027). Refused in production, where that page would let anyone take over any account.
  demo: z.boolean(),
  // The address people reach the portal at, written into the links the portal sends (never taken from a request's Host
  // header, which whoever asks for a reset link could set to their own site).
  publicUrl: z
    .string()
    .refine(
      isHttpOrigin,
      'must be the address people reach the portal at, like https://care.example.gov.uk, with no path',
    ),
  // Seals staff members' one-time code secrets and keys their recovery codes' hashes (decision 033), so a copy of the
  // database alone yields no codes. Empty: the portal offers no second factor.
  secondFactorKey: z
    .string()
    .refine(
      (key) => key === '' || /^[0-9a-f]{64}$/i.test(key),
      'must be 64 hexadecimal characters (32 random bytes), such as the output of "openssl rand -hex 32"',
    ),
  // GOV.UK Notify (decision 041). Without a key nothing is sent: messages wait in the outbox, read in the portal.
  notifyApiKey: z
    .string()
    .refine(
      isNotifyApiKey,
      'must be a GOV.UK Notify API key as Notify shows it (its name, then two ids, joined by hyphens), or be left unset to send nothing',
    ),
  notifyBaseUrl: z.string().refine(isHttpOrigin, 'must be the address of the Notify API, with no path'),
  // The generic templates, whose subject and body are ((subject)) and ((body)); a plugin may name its own per message.
  notifyEmailTemplateId: notifyTemplateId,
  notifySmsTemplateId: notifyTemplateId,
  // How often to look for plan reviews to tell people of (issue 15); 0 turns it off (the tests, whose outbox must hold
  // only what each test does, except the one that tests it).
  // Whether an administrator may import a feed from an address inside a private network or this server (decision
  // 059): off unless a council publishes its other directory on its own network, or a test serves one locally.
  feedImportInside: z.boolean(),
  reviewNoticesEveryMinutes: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60),
})

const ConfigFileSchema = z.strictObject({
  plugins: z.array(z.string()).optional(),
  databasePath: z.string().optional(),
})

export type Environment = Record<string, string | undefined>

export const DEFAULT_PLUGINS = ['@open-sds/plugin-example-county']

export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
}

/**
 * Reads the configuration. Environment variables win over the file; the file wins over defaults.
 * Any problem stops the start with a message that says which setting is wrong and how to fix it.
 */
export function loadConfig(env: Environment, cwd: string): PortalConfig {
  const fileSettings = readConfigFile(env, cwd)
  const nodeEnv = env.NODE_ENV ?? 'development'
  const candidate = {
    nodeEnv,
    host: env.HOST ?? '127.0.0.1',
    port: env.PORT ?? '3000',
    databasePath: path.resolve(cwd, env.DATABASE_PATH ?? fileSettings.databasePath ?? 'data/open-sds.sqlite'),
    databaseUrl: env.DATABASE_URL ?? '',
    migrateOnStart: env.DATABASE_MIGRATE !== undefined ? parseBoolean('DATABASE_MIGRATE', env.DATABASE_MIGRATE) : true,
    plugins:
      env.OPEN_SDS_PLUGINS !== undefined ? splitList(env.OPEN_SDS_PLUGINS) : (fileSettings.plugins ?? DEFAULT_PLUGINS),
    secureCookies:
      env.SECURE_COOKIES !== undefined ? parseBoolean('SECURE_COOKIES', env.SECURE_COOKIES) : nodeEnv === 'production',
    maxBodyBytes: env.MAX_BODY_BYTES ?? String(100 * 1024),
    localAuthorityCode: env.OPEN_SDS_LA_CODE ?? '',
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    demo: env.OPEN_SDS_DEMO !== undefined ? parseBoolean('OPEN_SDS_DEMO', env.OPEN_SDS_DEMO) : false,
    publicUrl: (env.OPEN_SDS_PUBLIC_URL ?? `http://${env.HOST ?? '127.0.0.1'}:${env.PORT ?? '3000'}`).replace(
      /\/$/,
      '',
    ),
    secondFactorKey: (env.OPEN_SDS_SECOND_FACTOR_KEY ?? '').trim(),
    notifyApiKey: (env.NOTIFY_API_KEY ?? '').trim(),
    notifyBaseUrl: (env.NOTIFY_BASE_URL ?? 'https://api.notifications.service.gov.uk').trim().replace(/\/$/, ''),
    notifyEmailTemplateId: (env.NOTIFY_EMAIL_TEMPLATE_ID ?? '').trim(),
    notifySmsTemplateId: (env.NOTIFY_SMS_TEMPLATE_ID ?? '').trim(),
    reviewNoticesEveryMinutes: env.OPEN_SDS_REVIEW_NOTICES_EVERY_MINUTES ?? '60',
    feedImportInside:
      env.OPEN_SDS_FEED_IMPORT_INSIDE !== undefined
        ? parseBoolean('OPEN_SDS_FEED_IMPORT_INSIDE', env.OPEN_SDS_FEED_IMPORT_INSIDE)
        : false,
  }
  if (candidate.demo && nodeEnv === 'production') {
    throw new ConfigurationError(
      'OPEN_SDS_DEMO is "true" with NODE_ENV "production". A demo shows every message the portal would send, password reset links included, to anyone who opens /outbox, so it cannot run in production. Leave OPEN_SDS_DEMO unset, or run the demo without NODE_ENV=production.',
    )
  }
  const parsed = PortalConfigSchema.safeParse(candidate)
  if (!parsed.success) {
    const lines = [
      ...new Set(
        parsed.error.issues.map(
          (issue) =>
            `- ${settingName(issue.path)}: ${issue.path[0] === 'trustProxy' ? TRUST_PROXY_RULE : describeIssue(issue)}`,
        ),
      ),
    ]
    throw new ConfigurationError(`The portal's configuration is not valid:\n${lines.join('\n')}`)
  }
  if (parsed.data.notifyApiKey !== '' && parsed.data.notifyEmailTemplateId === '') {
    throw new ConfigurationError(
      'NOTIFY_API_KEY is set but NOTIFY_EMAIL_TEMPLATE_ID is not. Make an email template in GOV.UK Notify whose subject is ((subject)) and whose message is ((body)), and set NOTIFY_EMAIL_TEMPLATE_ID to its id.',
    )
  }
  return parsed.data
}

function readConfigFile(env: Environment, cwd: string): z.infer<typeof ConfigFileSchema> {
  const explicit = env.OPEN_SDS_CONFIG
  const file = path.resolve(cwd, explicit ?? 'open-sds.config.json')
  if (!existsSync(file)) {
    if (explicit) throw new ConfigurationError(`OPEN_SDS_CONFIG names ${file}, but there is no file there.`)
    return {}
  }
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new ConfigurationError(`The configuration file ${file} is not valid JSON: ${(error as Error).message}`)
  }
  const parsed = ConfigFileSchema.safeParse(json)
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `- ${issue.path.join('.') || '(top level)'}: ${describeIssue(issue)}`,
    )
    throw new ConfigurationError(`The configuration file ${file} is not valid:\n${lines.join('\n')}`)
  }
  return parsed.data
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
}

function parseBoolean(name: string, value: string): boolean {
  const parsed = booleanFromText.safeParse(value)
  if (!parsed.success) throw new ConfigurationError(`${name} must be "true" or "false", not "${value}".`)
  return parsed.data
}

const SETTING_NAMES: Record<string, string> = {
  nodeEnv: 'NODE_ENV',
  host: 'HOST',
  port: 'PORT',
  databasePath: 'DATABASE_PATH',
  databaseUrl: 'DATABASE_URL',
  migrateOnStart: 'DATABASE_MIGRATE',
  plugins: 'OPEN_SDS_PLUGINS (or "plugins" in open-sds.config.json)',
  secureCookies: 'SECURE_COOKIES',
  maxBodyBytes: 'MAX_BODY_BYTES',
  localAuthorityCode: 'OPEN_SDS_LA_CODE',
  trustProxy: 'TRUST_PROXY',
  demo: 'OPEN_SDS_DEMO',
  publicUrl: 'OPEN_SDS_PUBLIC_URL',
  secondFactorKey: 'OPEN_SDS_SECOND_FACTOR_KEY',
  notifyApiKey: 'NOTIFY_API_KEY',
  notifyBaseUrl: 'NOTIFY_BASE_URL',
  notifyEmailTemplateId: 'NOTIFY_EMAIL_TEMPLATE_ID',
  notifySmsTemplateId: 'NOTIFY_SMS_TEMPLATE_ID',
  reviewNoticesEveryMinutes: 'OPEN_SDS_REVIEW_NOTICES_EVERY_MINUTES',
  feedImportInside: 'OPEN_SDS_FEED_IMPORT_INSIDE',
}

function settingName(issuePath: PropertyKey[]): string {
  const [first, ...rest] = issuePath
  if (first === 'trustProxy') return 'TRUST_PROXY'
  const name = SETTING_NAMES[String(first)] ?? String(first)
  return rest.length > 0 ? `${name} item ${rest.map(String).join('.')}` : name
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array' ? 'name at least one' : `must be at least ${String(issue.minimum)}`
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`
    case 'invalid_type':
      return issue.expected === 'number' ? 'must be a whole number' : `must be a ${issue.expected}`
    case 'unrecognized_keys':
      return `unknown setting ${issue.keys.map((k) => `"${k}"`).join(', ')}`
    default:
      return issue.message
  }
}
