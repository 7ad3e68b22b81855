import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { composePlugins, nationalDefaults, questionnaire, ras, validatePlugin } from '@open-sds/plugin-sdk'
import { allocationTableFromCsv, allocationTableModule } from '../scripts/allocation-table.js'
import { syntheticCasesCsv } from '../scripts/generate-synthetic-cases.js'
import { SYNTHETIC_CASES } from '../scripts/synthetic-cases-settings.js'
import northmoor from '../src/index.js'
import { northmoorRas } from '../src/ras.js'
import { allocationTable } from '../src/ras/allocation-table.generated.js'
import { northmoorSaq } from '../src/saq.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const committedCsv = readFileSync(resolve(root, SYNTHETIC_CASES.csvPath), 'utf8')

const ELIGIBILITY_OUTCOMES = [
  'nutrition',
  'hygiene',
  'toilet',
  'clothing',
  'home-safety',
  'habitable-home',
  'relationships',
  'work-learning',
  'community',
  'caring-for-child',
]

/** Someone who needs help with most things, lives in their own home, and has a little help from family. */
const sampleAnswers = {
  'living-situation': 'own-home',
  'family-support': 'a-little',
  'carer-breaks': true,
  hygiene: 'some-help',
  toilet: 'prompting',
  clothing: 'some-help',
  nutrition: 'some-help',
  'home-safety': 'prompting',
  'habitable-home': 'full-help',
  relationships: 'prompting',
  community: 'some-help',
  'work-learning': 'independent',
  'cares-for-child': false,
  'night-support': false,
}

describe('Northmoor illustrative SAQ and RAS', () => {
  it('the plugin with its SAQ and RAS passes validatePlugin and composes, crediting both slots to the county', () => {
    expect(validatePlugin(northmoor, '@open-sds/plugin-example-county').ok).toBe(true)
    const result = composePlugins(nationalDefaults, [northmoor])
    if (!result.ok) throw new Error(result.errors.map((issue) => issue.message).join('\n'))
    expect(result.value.provenance.slots).toMatchObject({ questionnaires: 'example-county', ras: 'example-county' })
  })

  it('asks about each of the ten eligibility outcomes (Eligibility Regulations 2015, reg. 2) with 3 or 4 graded answers and a hint', () => {
    const questions = questionnaire.allQuestions(northmoorSaq)
    for (const id of ELIGIBILITY_OUTCOMES) {
      const question = questions.find((candidate) => candidate.id === id)
      expect(question?.type, id).toBe('single-choice')
      if (question?.type !== 'single-choice') continue
      expect(question.options.length).toBeGreaterThanOrEqual(3)
      expect(question.options.length).toBeLessThanOrEqual(4)
      expect(question.hint).toBeTruthy()
    }
    for (const id of ['family-support', 'living-situation', 'night-support', 'two-carers']) {
      expect(questions.map((question) => question.id)).toContain(id)
    }
  })

  it('says it is illustrative in its title and introduction', () => {
    expect(northmoorSaq.title).toContain('illustrative')
    expect(northmoorSaq.description).toContain('illustrative')
    expect(northmoorRas.illustrative).toBe(true)
  })

  it('its SAQ is a sound questionnaire and its RAS validates against it', () => {
    expect(questionnaire.validateDefinition(northmoorSaq).ok).toBe(true)
    const checked = ras.validateRasConfig(northmoorRas, northmoorSaq)
    expect(checked.ok ? [] : checked.errors).toEqual([])
  })

  it('works out a budget for a sample set of answers whose explanation says it is illustrative', () => {
    const answers = questionnaire.validateAnswers(northmoorSaq, sampleAnswers)
    if (!answers.ok) throw new Error(answers.errors.map((issue) => issue.message).join('\n'))
    const budget = ras.calculateIndicativeBudget(northmoorRas, answers.value.answers)
    if (!budget.ok) throw new Error(budget.errors.map((issue) => issue.message).join('\n'))
    // 6 + 2 + 4 (personal care) + 6 (food) + 2 + 6 (home) + 1 + 4 (relationships) = 31, less 10% for family support = 28.
    expect(budget.value.points).toMatchObject({ raw: 31, afterAdjustment: 28 })
    const band = allocationTable.bands.find((b) => b.fromPoints <= 28 && (b.toPoints === null || 28 <= b.toPoints))
    expect(budget.value.weeklyPence).toBe((band?.weeklyPence ?? Number.NaN) + 4_000)
    expect(budget.value.illustrative).toBe(true)
    expect(budget.value.explanation.map((step) => step.text).join('\n')).toMatch(/illustrative/i)
  })
})

describe('the allocation table calibrated on synthetic cases', () => {
  it('is calibrated on at least 200 synthetic cases, the committed CSV, with none rejected', () => {
    const parsed = ras.parseCalibrationCsv(committedCsv)
    expect(parsed.ok && parsed.value.rejectedRows).toEqual([])
    expect(parsed.ok && parsed.value.cases.length).toBeGreaterThanOrEqual(200)
    expect(allocationTable.caseCount).toBe(parsed.ok ? parsed.value.cases.length : -1)
  })

  it('equals what calibrate() makes from the committed CSV, so the table and the data cannot drift apart', () => {
    const parsed = ras.parseCalibrationCsv(committedCsv)
    if (!parsed.ok) throw new Error('the committed CSV does not parse')
    const report = ras.calibrate(parsed.value.cases, { method: 'bands', bandCount: SYNTHETIC_CASES.bandCount })
    if (!report.ok) throw new Error(report.errors.map((issue) => issue.message).join('\n'))
    expect(northmoorRas.money).toEqual(report.value.proposedMoney)
    expect(allocationTable.rSquared).toBe(report.value.rSquared)
    expect(allocationTable.caseCount).toBe(report.value.caseCount)
  })

  it('the committed module is exactly what scripts/calibrate.ts would write', () => {
    const table = allocationTableFromCsv(committedCsv)
    if (!table.ok) throw new Error(table.errors.map((issue) => issue.message).join('\n'))
    expect(readFileSync(resolve(root, SYNTHETIC_CASES.tablePath), 'utf8')).toBe(allocationTableModule(table.value))
  })

  it('the committed CSV is exactly what the seeded generator writes', () => {
    expect(syntheticCasesCsv()).toBe(committedCsv)
  })
})
