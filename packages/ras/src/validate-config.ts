import { parse } from '@open-sds/kernel'
import { conditionQuestionIds } from '@open-sds/questionnaire'
import type { QuestionnaireDefinition } from '@open-sds/questionnaire'
import { bandIssues } from './bands.js'
import { RasConfigSchema } from './config-schema.js'
import type { RasConfig } from './config-schema.js'
import { formatPence } from '@open-sds/kernel'
import { pointsText } from './points.js'
import { questionnaireIssues } from './questionnaire-checks.js'
import type { Issue, Result } from '@open-sds/kernel'
import { fail } from '@open-sds/kernel'
import { maxRulePoints } from './scoring.js'

/**
 * Checks a RAS configuration: its shape; that the allocation table starts at 0, has no gaps or overlaps and
 * covers every possible score; that limits are consistent; that a higher score can never give a smaller budget
 * (unless `allowNonMonotonic`); and, given the questionnaire, that every question and option it refers to exists
 * and every option of a scored question has points. Each issue names the item.
 */
export function validateRasConfig(config: unknown, questionnaire?: QuestionnaireDefinition): Result<RasConfig> {
  const parsed = parse(RasConfigSchema, config)
  if (!parsed.ok) return parsed
  const issues = [
    ...consistencyIssues(parsed.value),
    ...(questionnaire === undefined ? [] : questionnaireIssues(parsed.value, questionnaire)),
  ]
  return issues.length === 0 ? parsed : fail(...issues)
}

/** The highest score any set of answers can reach before the informal support adjustment. */
export function maxPossiblePoints(config: RasConfig): number {
  return config.domains.reduce((sum, domain) => sum + domain.scoring.reduce((s, rule) => s + maxRulePoints(rule), 0), 0)
}

function consistencyIssues(config: RasConfig): Issue[] {
  const issues: Issue[] = []
  if (config.effectiveTo !== undefined && config.effectiveTo < config.effectiveFrom) {
    issues.push({
      path: 'effectiveTo',
      message: `effectiveTo (${config.effectiveTo}) is before effectiveFrom (${config.effectiveFrom})`,
    })
  }
  const scored = scoredQuestionIssues(config, issues)
  issues.push(
    ...duplicateIds(config.domains, 'domains', 'Domain'),
    ...duplicateIds(config.additions, 'additions', 'Addition'),
  )
  issues.push(...moneyIssues(config))
  issues.push(...limitIssues(config))
  if (config.allowNonMonotonic !== true) issues.push(...monotonicIssues(config, scored))
  return issues
}

/** Domains must score something and each question may be scored once; returns the scored question ids. */
function scoredQuestionIssues(config: RasConfig, issues: Issue[]): Map<string, string> {
  const scoredIn = new Map<string, string>()
  config.domains.forEach((domain, d) => {
    if (domain.scoring.length === 0)
      issues.push({ path: `domains.${d}.scoring`, message: `Domain "${domain.id}" scores no questions` })
    domain.scoring.forEach((rule, r) => {
      const first = scoredIn.get(rule.question)
      if (first !== undefined) {
        issues.push({
          path: `domains.${d}.scoring.${r}.question`,
          message: `Question "${rule.question}" is scored more than once (first in domain "${first}"): score each question once`,
        })
      } else scoredIn.set(rule.question, domain.id)
    })
  })
  return scoredIn
}

function duplicateIds(items: ReadonlyArray<{ id: string }>, path: string, kind: string): Issue[] {
  const seen = new Set<string>()
  return items.flatMap((item, i) => {
    const repeated = seen.has(item.id)
    seen.add(item.id)
    return repeated
      ? [{ path: `${path}.${i}.id`, message: `${kind} id "${item.id}" is used more than once: ids must be unique` }]
      : []
  })
}

function moneyIssues(config: RasConfig): Issue[] {
  if (config.money.method !== 'bands') return []
  const bands = config.money.bands
  const issues = bandIssues(bands, { path: 'money.bands', allowNonMonotonic: config.allowNonMonotonic === true })
  const last = bands[bands.length - 1]
  const max = maxPossiblePoints(config)
  if (issues.length === 0 && last !== undefined && last.toPoints !== null && last.toPoints < max) {
    issues.push({
      path: `money.bands.${bands.length - 1}.toPoints`,
      message:
        `The last band ends at ${pointsText(last.toPoints)} but answers can score up to ${pointsText(max)}: ` +
        'add a band, or set its toPoints to null so that it covers every higher score',
    })
  }
  return issues
}

function limitIssues(config: RasConfig): Issue[] {
  const issues: Issue[] = []
  const min = config.minimumWeeklyPence
  if (config.maximumWeeklyPence < min) {
    issues.push({
      path: 'maximumWeeklyPence',
      message: `The maximum (${formatPence(config.maximumWeeklyPence)} a week) is below the minimum (${formatPence(min)} a week)`,
    })
  }
  const answers = new Set<string>()
  config.livingSituationCaps?.caps.forEach((cap, i) => {
    if (answers.has(cap.answer)) {
      issues.push({
        path: `livingSituationCaps.caps.${i}.answer`,
        message: `There is more than one cap for the answer "${cap.answer}"`,
      })
    }
    answers.add(cap.answer)
    if (cap.weeklyPence < min) {
      issues.push({
        path: `livingSituationCaps.caps.${i}.weeklyPence`,
        message: `The maximum for ${cap.label} (${formatPence(cap.weeklyPence)} a week) is below the minimum for this RAS (${formatPence(min)} a week)`,
      })
    }
  })
  return issues
}

/**
 * A budget can only fall when a score rises if something else keyed to a scored question changes with it, so
 * refuse additions, caps and the informal support adjustment that look at scored questions.
 */
function monotonicIssues(config: RasConfig, scored: ReadonlyMap<string, string>): Issue[] {
  const issues: Issue[] = []
  const explain = (what: string, question: string) =>
    `${what} depends on "${question}", which also scores points in domain "${scored.get(question) ?? ''}": a higher-scoring answer ` +
    'could then lower the budget. Use a question that does not score, or set allowNonMonotonic to true and explain why'
  if (config.informalSupport !== undefined && scored.has(config.informalSupport.question)) {
    issues.push({
      path: 'informalSupport.question',
      message: explain('The informal support adjustment', config.informalSupport.question),
    })
  }
  config.additions.forEach((addition, i) => {
    for (const question of conditionQuestionIds(addition.when)) {
      if (scored.has(question))
        issues.push({ path: `additions.${i}.when`, message: explain(`Addition "${addition.id}"`, question) })
    }
  })
  const capQuestion = config.livingSituationCaps?.question
  if (capQuestion !== undefined && scored.has(capQuestion)) {
    issues.push({ path: 'livingSituationCaps.question', message: explain('The living situation cap', capQuestion) })
  }
  return issues
}
