import { floorOfProduct } from '@open-sds/kernel'
import { isAnswered } from '@open-sds/questionnaire'
import type { ScoringRule } from './config-schema.js'

/** Points for one answer, or the plain-English reason the answer cannot be scored. */
export type Score = number | { error: string }

/** Turns a scoring rule into a function from an answer to points. An unanswered question scores 0. */
export function compileRule(rule: ScoringRule): (answer: unknown) => Score {
  const q = rule.question
  switch (rule.type) {
    case 'single-choice': {
      const points = new Map(Object.entries(rule.points))
      return (answer) => {
        if (!isAnswered(answer)) return 0
        if (typeof answer !== 'string') return { error: `The answer to "${q}" must be one of its option values` }
        return points.get(answer) ?? { error: `The answer to "${q}" is "${answer}", which this RAS has no points for` }
      }
    }
    case 'multiple-choice': {
      const points = new Map(Object.entries(rule.points))
      const max = rule.maxPoints ?? Number.POSITIVE_INFINITY
      return (answer) => {
        if (!isAnswered(answer)) return 0
        if (!Array.isArray(answer)) return { error: `The answer to "${q}" must be a list of its option values` }
        let total = 0
        for (const value of answer as unknown[]) {
          const p = typeof value === 'string' ? points.get(value) : undefined
          if (p === undefined)
            return { error: `The answer to "${q}" includes ${JSON.stringify(value)}, which this RAS has no points for` }
          total += p
        }
        return Math.min(total, max)
      }
    }
    case 'yes-no':
      return (answer) => {
        if (!isAnswered(answer)) return 0
        if (typeof answer !== 'boolean') return { error: `The answer to "${q}" must be yes or no (true or false)` }
        return answer ? rule.yes : rule.no
      }
    case 'number':
      return (answer) => {
        if (!isAnswered(answer)) return 0
        if (typeof answer !== 'number' || !Number.isFinite(answer) || answer < 0) {
          return { error: `The answer to "${q}" must be a number of 0 or more` }
        }
        // Rounded down to whole points, on the decimals as written: 100 hours at 0.29 points is 29 points, not 28.
        return Math.min(floorOfProduct(answer, rule.pointsPerUnit), rule.maxPoints)
      }
  }
}

/** The most a rule can score, used to check that an allocation table covers every possible score. */
export function maxRulePoints(rule: ScoringRule): number {
  switch (rule.type) {
    case 'single-choice':
      return Math.max(0, ...Object.values(rule.points))
    case 'multiple-choice': {
      const sum = Object.values(rule.points).reduce((a, b) => a + b, 0)
      return rule.maxPoints === undefined ? sum : Math.min(sum, rule.maxPoints)
    }
    case 'yes-no':
      return Math.max(rule.yes, rule.no)
    case 'number':
      return rule.maxPoints
  }
}
