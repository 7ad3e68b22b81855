import { z } from 'zod'
import type { Framework, ItemRef } from './framework.js'
import { ItemRefSchema, findItem } from './framework.js'
import type { Issue, Result } from '@open-sds/kernel'
import { fail, ok } from '@open-sds/kernel'
import { parse } from '@open-sds/kernel'

export const OutcomeIdSchema = z.string().trim().min(1, { error: 'Outcome id must not be empty' }).max(100)

/** An outcome in the person's own words, linked to the framework items it speaks to. The words are kept as written. */
export const PersonalOutcomeSchema = z.object({
  id: OutcomeIdSchema,
  words: z
    .string()
    .max(2000, { error: 'Keep the outcome to 2,000 characters or fewer' })
    .regex(/\S/, { error: "Write the outcome in the person's own words; it must not be empty" }),
  linkedItems: z.array(ItemRefSchema),
})
export type PersonalOutcome = z.infer<typeof PersonalOutcomeSchema>

const labels = {
  words: 'Outcome in their own words',
  linkedItems: 'Linked outcomes',
  frameworkId: 'Framework',
  itemId: 'Framework outcome',
}

export function validatePersonalOutcome(input: unknown, frameworks: readonly Framework[]): Result<PersonalOutcome> {
  const parsed = parse(PersonalOutcomeSchema, input, { labels })
  if (!parsed.ok) return parsed
  const issues = linkIssues(parsed.value.linkedItems, frameworks, 'linkedItems')
  return issues.length > 0 ? fail(...issues) : ok(parsed.value)
}

/**
 * Names each link that points at no framework or no item, and each link given twice.
 * `at` is the path of the list, so callers inside a bigger document get full paths.
 */
export function linkIssues(links: readonly ItemRef[], frameworks: readonly Framework[], at: string): Issue[] {
  const issues: Issue[] = []
  const seen = new Set<string>()
  links.forEach((link, index) => {
    const path = `${at}.${index}`
    const key = `${link.frameworkId}/${link.itemId}`
    const framework = frameworks.find((candidate) => candidate.id === link.frameworkId)
    if (framework === undefined) {
      issues.push({
        path: `${path}.frameworkId`,
        message: `There is no outcome framework "${link.frameworkId}"; choose one of: ${frameworks.map((f) => f.id).join(', ')}`,
      })
    } else if (findItem(frameworks, link) === undefined) {
      issues.push({
        path: `${path}.itemId`,
        message: `The framework "${framework.title}" has no outcome "${link.itemId}"`,
      })
    } else if (seen.has(key)) {
      issues.push({ path, message: `"${link.itemId}" in "${framework.title}" is linked twice; link it once` })
    }
    seen.add(key)
  })
  return issues
}
