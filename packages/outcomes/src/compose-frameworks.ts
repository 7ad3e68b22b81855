import type { Framework } from './framework.js'
import { FrameworkSchema } from './framework.js'
import type { Issue, Result } from '@open-sds/kernel'
import { fail, ok } from '@open-sds/kernel'
import { parse } from '@open-sds/kernel'

const labels = { id: 'Id', version: 'Version', title: 'Title', source: 'Source', items: 'Outcomes' }

/**
 * Lays the frameworks a plugin brings (`extra`) after the national ones. Each must be a valid framework,
 * no two may share an id (a plugin cannot quietly replace a national framework), and no framework may list
 * the same item id twice. Paths name the list (`national` or `extra`) and position of the framework at fault.
 */
export function composeFrameworks(national: readonly unknown[], extra: readonly unknown[]): Result<Framework[]> {
  const errors: Issue[] = []
  const composed: Framework[] = []
  const firstSeenAt = new Map<string, string>()
  const lists = [
    ['national', national],
    ['extra', extra],
  ] as const
  for (const [listName, list] of lists) {
    list.forEach((candidate, index) => {
      const where = `${listName}.${index}`
      const parsed = parse(FrameworkSchema, candidate, { labels, prefix: where })
      if (!parsed.ok) {
        errors.push(...parsed.errors)
        return
      }
      const framework = parsed.value
      const earlier = firstSeenAt.get(framework.id)
      if (earlier !== undefined) {
        errors.push({
          path: `${where}.id`,
          message: `Framework id "${framework.id}" is already used by the framework at ${earlier}; give this one its own id`,
        })
        return
      }
      firstSeenAt.set(framework.id, where)
      errors.push(...duplicateItemIssues(framework, where))
      composed.push(framework)
    })
  }
  return errors.length > 0 ? fail(...errors) : ok(composed)
}

function duplicateItemIssues(framework: Framework, where: string): Issue[] {
  const issues: Issue[] = []
  const seen = new Map<string, number>()
  framework.items.forEach((item, index) => {
    const first = seen.get(item.id)
    if (first === undefined) {
      seen.set(item.id, index)
      return
    }
    issues.push({
      path: `${where}.items.${index}.id`,
      message: `Outcome id "${item.id}" appears twice in framework "${framework.id}" (also at items.${first}); each outcome needs its own id`,
    })
  })
  return issues
}
