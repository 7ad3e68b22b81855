/*
 * Makes the ILLUSTRATIVE synthetic cases that Northmoor's allocation table is calibrated on: answers to the county's
 * SAQ for each made-up person, their points under its RAS, and an "actual weekly cost" from a hidden model of care
 * hours with noise. Seeded, so every run writes the same file.
 *
 * Run from the repository root:
 *   pnpm --filter @open-sds/plugin-example-county exec tsx --conditions=@open-sds/source scripts/generate-synthetic-cases.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { penceToPounds } from '@open-sds/kernel'
import { questionnaire, ras } from '@open-sds/plugin-sdk'
import type { RasConfig } from '@open-sds/plugin-sdk'
import { northmoorScoring } from '../src/ras/scoring.js'
import { northmoorSaq } from '../src/saq.js'
import { SYNTHETIC_CASES } from './synthetic-cases-settings.js'

/** mulberry32: a small, well-mixed 32-bit generator; good enough for made-up data and identical on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const LEVELS = ['independent', 'prompting', 'some-help', 'full-help'] as const

/**
 * The hidden model: hours of paid support a week for each level of help with each outcome. The RAS never sees it;
 * calibration has to recover the relationship from points and cost alone, as it would from real cases.
 */
const HOURS_BY_OUTCOME: Record<string, readonly [number, number, number, number]> = {
  hygiene: [0, 1.5, 5, 9],
  toilet: [0, 1, 4.5, 9],
  clothing: [0, 0.5, 2, 4],
  nutrition: [0, 2, 5, 9],
  'home-safety': [0, 1, 3, 6],
  'habitable-home': [0, 1, 2, 3.5],
  relationships: [0, 1, 2, 3],
  community: [0, 1.5, 3.5, 6],
  'work-learning': [0, 1, 2.5, 4],
  'caring-for-child': [0, 1.5, 3, 5],
}
const HOURLY_PENCE = 2_450
/** Share of paid hours that family and friends' support takes away, a little less than the RAS assumes. */
const FAMILY_SHARE = { none: 0, 'a-little': 0.08, 'a-lot': 0.22 } as const

/** Standard normal by Box-Muller. */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
}

function pick<T>(random: () => number, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((s, w) => s + w, 0)
  let r = random() * total
  for (let i = 0; i < items.length; i++) {
    r -= weights[i] ?? 0
    if (r < 0) return items[i] as T
  }
  return items[items.length - 1] as T
}

type Person = { answers: Record<string, string | boolean>; costPence: number }

function person(random: () => number): Person {
  // One overall level of need per person, so that needs go together as they do in real caseloads.
  const need = Math.min(0.999, Math.max(0, random() ** 0.8 + normal(random) * 0.08))
  const level = (): (typeof LEVELS)[number] =>
    LEVELS[Math.min(3, Math.max(0, Math.floor(need * 4 + normal(random) * 0.7)))] ?? 'independent'
  const answers: Record<string, string | boolean> = {
    'living-situation': pick(random, ['own-home', 'family-home', 'supported-living', 'shared-lives'], [5, 3, 2, 1]),
    'family-support': pick(random, ['none', 'a-little', 'a-lot'], [4, 4, 2]),
    'cares-for-child': random() < 0.1,
    'night-support': need > 0.75 && random() < 0.5,
  }
  if (answers['family-support'] !== 'none') answers['carer-breaks'] = random() < 0.4
  for (const outcome of Object.keys(HOURS_BY_OUTCOME)) {
    if (outcome === 'caring-for-child' && answers['cares-for-child'] !== true) continue
    answers[outcome] = level()
  }
  if (answers.hygiene === 'full-help' || answers.toilet === 'full-help') answers['two-carers'] = random() < 0.3
  const hours = Object.entries(HOURS_BY_OUTCOME).reduce((sum, [outcome, byLevel]) => {
    const at = LEVELS.indexOf(answers[outcome] as (typeof LEVELS)[number])
    return sum + (at < 0 ? 0 : (byLevel[at] ?? 0))
  }, 0)
  const family = FAMILY_SHARE[answers['family-support'] as keyof typeof FAMILY_SHARE]
  // Costs scatter around the model: providers' rates differ and packages are not exact multiples of need.
  const noise = Math.exp(normal(random) * 0.15)
  const costPence = Math.max(0, Math.round((2_500 + hours * HOURLY_PENCE * (1 - family)) * noise))
  return { answers, costPence }
}

/** The RAS's scoring with a placeholder money rule: the points do not depend on the money. */
const pointsOnly: RasConfig = {
  id: 'northmoor-points',
  version: 'calibration',
  title: 'Northmoor points for calibration',
  effectiveFrom: '2025-04-01',
  illustrative: true,
  ...northmoorScoring,
  money: { method: 'price-per-point', pencePerPoint: 0 },
  additions: [],
  minimumWeeklyPence: 0,
  maximumWeeklyPence: 0,
}

function pointsFor(answers: Record<string, string | boolean>, caseId: string): number {
  const checked = questionnaire.validateAnswers(northmoorSaq, answers)
  if (!checked.ok) throw new Error(`${caseId}: ${checked.errors.map((e) => e.message).join('; ')}`)
  if (checked.value.dropped.length > 0) throw new Error(`${caseId}: answered hidden questions`)
  const budget = ras.calculateIndicativeBudget(pointsOnly, checked.value.answers)
  if (!budget.ok) throw new Error(`${caseId}: ${budget.errors.map((e) => e.message).join('; ')}`)
  return budget.value.points.afterAdjustment
}

export function syntheticCasesCsv(): string {
  const random = seededRandom(SYNTHETIC_CASES.seed)
  const rows = ['case_id,points,actual_weekly_cost']
  for (let i = 1; i <= SYNTHETIC_CASES.count; i++) {
    const caseId = `SYN-${String(i).padStart(4, '0')}`
    const { answers, costPence } = person(random)
    rows.push(`${caseId},${pointsFor(answers, caseId)},${penceToPounds(costPence)}`)
  }
  return `${rows.join('\n')}\n`
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const target = resolve(root, SYNTHETIC_CASES.csvPath)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, syntheticCasesCsv())
  console.log(`Wrote ${SYNTHETIC_CASES.count} illustrative synthetic cases to ${SYNTHETIC_CASES.csvPath}`)
}
