import type { Answers } from '@open-sds/questionnaire'
import type { Addition, Band, RasConfig } from './config-schema.js'
import type { Result } from '@open-sds/kernel'
import { ok } from '@open-sds/kernel'
import { compileRule } from './scoring.js'
import type { Score } from './scoring.js'
import { validateRasConfig } from './validate-config.js'

/** A validated configuration turned into lookups, so scoring one person does no parsing or searching of records. */
export type CompiledRas = {
  config: RasConfig
  domains: Array<{ id: string; title: string; rules: Array<{ question: string; score: (answer: unknown) => Score }> }>
  informalSupport: { title: string; question: string; reductions: Map<string, number>; floorPoints: number } | undefined
  bands: Band[] | undefined
  pencePerPoint: number | undefined
  additions: Addition[]
  livingSituationCaps: { question: string; caps: Map<string, { label: string; weeklyPence: number }> } | undefined
}

// Validation and compilation happen once per configuration object: a published RAS version never changes,
// and checking it again for each of a million people would be wasted work.
const compiled = new WeakMap<object, Result<CompiledRas>>()

/** The compiled form of a configuration, validating it the first time it is seen. */
export function compileRas(config: RasConfig): Result<CompiledRas> {
  const cached = compiled.get(config)
  if (cached !== undefined) return cached
  const checked = validateRasConfig(config)
  const result = checked.ok ? ok(build(checked.value)) : checked
  compiled.set(config, result)
  return result
}

function build(config: RasConfig): CompiledRas {
  const support = config.informalSupport
  const caps = config.livingSituationCaps
  return {
    config,
    domains: config.domains.map((d) => ({
      id: d.id,
      title: d.title,
      rules: d.scoring.map((rule) => ({ question: rule.question, score: compileRule(rule) })),
    })),
    informalSupport:
      support === undefined
        ? undefined
        : {
            title: support.title,
            question: support.question,
            reductions: new Map(Object.entries(support.reductionPercent)),
            floorPoints: support.floorPoints,
          },
    bands: config.money.method === 'bands' ? config.money.bands : undefined,
    pencePerPoint: config.money.method === 'price-per-point' ? config.money.pencePerPoint : undefined,
    additions: config.additions,
    livingSituationCaps:
      caps === undefined
        ? undefined
        : {
            question: caps.question,
            caps: new Map(caps.caps.map((c) => [c.answer, { label: c.label, weeklyPence: c.weeklyPence }])),
          },
  }
}

/** The answer as the informal support and cap lookups key it: option values as they are, yes/no as "yes"/"no". */
export function answerKey(answers: Answers, question: string): string | undefined {
  const answer = answers[question]
  if (typeof answer === 'boolean') return answer ? 'yes' : 'no'
  return typeof answer === 'string' && answer.trim() !== '' ? answer : undefined
}
