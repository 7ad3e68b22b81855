import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

// The published ORUK 3.0 JSON Schemas, copied byte for byte into standards/oruk-3.0 (see its README), loaded into a
// JSON Schema validator under the absolute addresses their `$ref`s use, so nothing is fetched from the network.

export const standardsFolder = fileURLToPath(new URL('../../../standards/oruk-3.0/', import.meta.url))
const published = 'https://openreferraluk.org/specifications/3.0/schema/'

// ajv-formats is CommonJS with a default export; under NodeNext its callable is on .default.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

function loadValidator(): Ajv {
  // strict: false because the schemas carry Frictionless Data keywords (datapackage_type, constraints, core, ...)
  // that JSON Schema does not define; they are descriptions, not rules, and the public validator ignores them too.
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  const folder = path.join(standardsFolder, 'schema')
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as object
    ajv.addSchema(schema, `${published}${file}`)
  }
  return ajv
}

let ajv: Ajv | undefined

/** The validator for one published schema file, e.g. `service.json`. */
export function publishedSchema(file: string): ValidateFunction {
  ajv ??= loadValidator()
  const validate = ajv.getSchema(`${published}${file}`)
  if (validate === undefined) throw new Error(`No published schema ${file}`)
  return validate
}

/** The published schema's complaints about a value, one line each ("/email must match format \"email\""). */
export function publishedErrors(file: string, value: unknown): string[] {
  const validate = publishedSchema(file)
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`)
}
