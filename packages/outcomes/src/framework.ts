import { z } from 'zod'

/** Ids are short lower-case codes so they can sit in URLs, CSV headers and database keys unchanged. */
export const CodeSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Use lower-case letters, digits and single hyphens, like "live-independently"',
  })
  .max(80, { error: 'Keep codes to 80 characters or fewer' })

export const FrameworkItemSchema = z.object({
  id: CodeSchema,
  title: z.string().trim().min(1, { error: 'Each outcome in a framework needs a title' }).max(300),
  description: z.string().max(2000).optional(),
})
export type FrameworkItem = z.infer<typeof FrameworkItemSchema>

export const FrameworkSchema = z.object({
  id: CodeSchema,
  /** Bumped whenever the items change, so a stored rating can say which wording it was made against. */
  version: z.number().int().min(1, { error: 'Version must be a whole number, 1 or more' }),
  title: z.string().trim().min(1, { error: 'A framework needs a title' }).max(300),
  /** Where the wording comes from: a citation a reader can look up. */
  source: z.string().trim().min(1, { error: 'Say where the framework comes from, so people can check it' }).max(1000),
  items: z.array(FrameworkItemSchema).min(1, { error: 'A framework needs at least one outcome' }),
})
export type Framework = z.infer<typeof FrameworkSchema>

/** Points at one item of one framework. */
export const ItemRefSchema = z.object({ frameworkId: CodeSchema, itemId: CodeSchema })
export type ItemRef = z.infer<typeof ItemRefSchema>

export function findItem(frameworks: readonly Framework[], ref: ItemRef): FrameworkItem | undefined {
  return frameworks.find((framework) => framework.id === ref.frameworkId)?.items.find((item) => item.id === ref.itemId)
}
