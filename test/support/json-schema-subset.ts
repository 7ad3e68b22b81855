/*
 * A small JSON Schema checker for the keywords zod's export uses here, so a test can show a plan serialised to
 * JSON is valid by the published schema itself. It fails loudly on any keyword it does not know, so a change in
 * the schema cannot slip past it unchecked.
 */

type Schema = Record<string, unknown>

const known = new Set([
  '$schema',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'anyOf',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'pattern',
  'format',
])

export function schemaProblems(schema: Schema, value: unknown, path = '$'): string[] {
  const unknownKeyword = Object.keys(schema).find((keyword) => !known.has(keyword))
  if (unknownKeyword !== undefined) throw new Error(`${path}: the checker does not know "${unknownKeyword}"`)
  if (Array.isArray(schema['anyOf'])) {
    const options = schema['anyOf'] as Schema[]
    return options.some((option) => schemaProblems(option, value, path).length === 0)
      ? []
      : [`${path}: matches none of anyOf`]
  }
  const problems: string[] = []
  const type = schema['type']
  const typeOk =
    type === undefined ||
    (type === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value)) ||
    (type === 'array' && Array.isArray(value)) ||
    (type === 'string' && typeof value === 'string') ||
    (type === 'integer' && Number.isInteger(value)) ||
    (type === 'number' && typeof value === 'number') ||
    (type === 'boolean' && typeof value === 'boolean') ||
    (type === 'null' && value === null)
  if (!typeOk) return [`${path}: expected ${String(type)}`]
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) problems.push(`${path}: not in enum`)
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) problems.push(`${path}: below minimum`)
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) problems.push(`${path}: above maximum`)
  }
  if (typeof value === 'string') {
    if (typeof schema['minLength'] === 'number' && value.length < schema['minLength'])
      problems.push(`${path}: too short`)
    if (typeof schema['maxLength'] === 'number' && value.length > schema['maxLength'])
      problems.push(`${path}: too long`)
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value))
      problems.push(`${path}: does not match pattern`)
    if (schema['format'] === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) problems.push(`${path}: not a date`)
    if (schema['format'] === 'date-time' && Number.isNaN(Date.parse(value))) problems.push(`${path}: not a date-time`)
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems'])
      problems.push(`${path}: too few items`)
    if (typeof schema['maxItems'] === 'number' && value.length > schema['maxItems'])
      problems.push(`${path}: too many items`)
    const items = schema['items'] as Schema | undefined
    if (items) value.forEach((item, index) => problems.push(...schemaProblems(items, item, `${path}[${index}]`)))
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>
    const record = value as Record<string, unknown>
    for (const key of (schema['required'] ?? []) as string[])
      if (!(key in record)) problems.push(`${path}.${key}: required`)
    for (const [key, item] of Object.entries(record)) {
      const propertySchema = properties[key]
      if (propertySchema) problems.push(...schemaProblems(propertySchema, item, `${path}.${key}`))
      else if (schema['additionalProperties'] === false) problems.push(`${path}.${key}: not allowed`)
    }
  }
  return problems
}
