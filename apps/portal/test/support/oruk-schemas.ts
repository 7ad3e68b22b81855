import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

// The conformance oracle for the /oruk feed: the published ORUK 3.0 API description and JSON Schemas, copied byte for
// byte into standards/oruk-3.0 (its README says from where), loaded under the absolute addresses their `$ref`s use.

const standards = fileURLToPath(new URL('../../../../standards/oruk-3.0/', import.meta.url))
const published = 'https://openreferraluk.org/specifications/3.0/schema/'
// ajv-formats is CommonJS with a default export; under NodeNext its callable is on .default.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

/** One GET operation of the published description. */
export type OrukOperation = {
  path: string
  /** Tagged `required` (the validator's level 1), or optional. */
  required: boolean
  /** The schema file its 200 answer must match, e.g. `service_list.json`. */
  schema: string
  /** Whether it declares a `page` parameter (the validator pages through it). */
  paged: boolean
}

type OpenApi = {
  paths: Record<
    string,
    {
      get?: {
        tags?: string[]
        parameters?: { $ref?: string; name?: string }[]
        responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>
      }
    }
  >
}

/** Every GET operation in the published openapi.json, as the public validator reads them. */
export function orukOperations(): OrukOperation[] {
  const openApi = JSON.parse(readFileSync(path.join(standards, 'openapi.json'), 'utf8')) as OpenApi
  return Object.entries(openApi.paths).flatMap(([route, item]) => {
    const get = item.get
    if (!get) return []
    const ref = get.responses['200']?.content?.['application/json']?.schema?.$ref ?? ''
    return [
      {
        path: route,
        required: !(get.tags ?? []).some((tag) => tag.toLowerCase() === 'optional'),
        schema: ref.slice(published.length),
        paged: (get.parameters ?? []).some((p) => p.$ref === '#/components/parameters/page' || p.name === 'page'),
      },
    ]
  })
}

let ajv: Ajv | undefined

function validator(file: string): ValidateFunction {
  if (!ajv) {
    // strict: false: the schemas carry Frictionless Data keywords (datapackage_type, constraints, core) that are
    // descriptions, not JSON Schema rules.
    ajv = new Ajv({ strict: false, allErrors: true })
    addFormats(ajv)
    const folder = path.join(standards, 'schema')
    for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.json')))
      ajv.addSchema(JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as object, `${published}${name}`)
  }
  const validate = ajv.getSchema(`${published}${file}`)
  if (!validate) throw new Error(`No published schema ${file}`)
  return validate
}

/** The published schema's complaints about a body, one line each; none when it conforms. */
export function schemaErrors(file: string, body: unknown): string[] {
  const validate = validator(file)
  return validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`)
}

/** Where a body holds an empty optional field (null, blank text or an empty list), which ORUK says to leave out. */
export function emptyFields(body: unknown, at = ''): string[] {
  if (Array.isArray(body)) return body.flatMap((item, i) => emptyFields(item, `${at}/${String(i)}`))
  if (typeof body !== 'object' || body === null) return []
  return Object.entries(body).flatMap(([key, value]) => {
    // A list's `contents` may be empty: it is required, and an empty page says so.
    if (key === 'contents') return emptyFields(value, `${at}/${key}`)
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return [`${at}/${key}`]
    return emptyFields(value, `${at}/${key}`)
  })
}
