import type { z } from 'zod'

type LooseDef = {
  type: string
  shape?: Record<string, z.core.$ZodType>
  element?: z.core.$ZodType
  innerType?: z.core.$ZodType
  in?: z.core.$ZodType
  options?: z.core.$ZodType[]
  discriminator?: string
}

/**
 * The definition that describes `value`: through optional, default and the like, into the input side of a pipe, and
 * into the option of a discriminated union that the value's discriminator picks.
 */
function defOf(schema: z.core.$ZodType, value: unknown): LooseDef {
  let def = schema._zod.def as LooseDef
  for (;;) {
    if (
      ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type) &&
      def.innerType !== undefined
    )
      def = def.innerType._zod.def as LooseDef
    else if (def.type === 'pipe' && def.in !== undefined) def = def.in._zod.def as LooseDef
    else if (def.type === 'union' && def.discriminator !== undefined && typeof value === 'object' && value !== null) {
      const key = (value as Record<string, unknown>)[def.discriminator]
      const chosen = def.options?.find((option) => {
        const field = (option._zod.def as LooseDef).shape?.[def.discriminator ?? '']
        return field?._zod.values?.has(key as z.core.util.Primitive) === true
      })
      if (chosen === undefined) return def
      def = chosen._zod.def as LooseDef
    } else return def
  }
}

/**
 * The field names the schema allows at `path`, to list beside an unknown one; undefined where the path runs through
 * something other than plain objects and lists (a choice of shapes, say), which cannot say.
 */
export function knownFieldsAt(
  schema: z.core.$ZodType,
  path: readonly PropertyKey[],
  input: unknown,
): string[] | undefined {
  let value = input
  let def = defOf(schema, value)
  for (const segment of path) {
    const next = def.type === 'object' ? def.shape?.[String(segment)] : def.type === 'array' ? def.element : undefined
    if (next === undefined) return undefined
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[segment] : undefined
    def = defOf(next, value)
  }
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : undefined
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/** `"captial" is not a field we recognise (did you mean capital?). Fields allowed here: ...` */
export function unknownFieldMessage(key: string, known: readonly string[] | undefined): string {
  const subject = `"${key}" is not a field we recognise`
  if (known === undefined) return `${subject}: check the spelling`
  if (known.length === 0) return `${subject}: no fields are allowed here`
  // Short names are too close to everything for two edits to mean a typo.
  const tolerance = key.length <= 4 ? 1 : 2
  const near = known.find((field) => editDistance(field.toLowerCase(), key.toLowerCase()) <= tolerance)
  const hint = near === undefined ? 'check the spelling' : `did you mean ${near}?`
  return `${subject} (${hint}). Fields allowed here: ${known.join(', ')}`
}
