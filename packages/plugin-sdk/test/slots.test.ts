import { describe, expect, it } from 'vitest'
import { composePlugins, nationalDefaults, validatePlugin } from '@open-sds/plugin-sdk'
import type { ComposedConfiguration, Issue, PluginManifest, RasConfig } from '@open-sds/plugin-sdk'
import { validManifest } from './fixtures.js'
import { peerSupportSection, tinyRas, tinySaq } from './slot-fixtures.js'

function refused(candidate: unknown): Issue[] {
  const result = validatePlugin(candidate, '@test/plugin')
  if (result.ok) throw new Error('expected the plugin to be refused')
  return result.errors
}

function composed(plugins: PluginManifest[]): ComposedConfiguration {
  const result = composePlugins(nationalDefaults, plugins)
  if (!result.ok) throw new Error(result.errors.map((issue) => issue.message).join('\n'))
  return result.value
}

function compositionErrors(plugins: PluginManifest[]): Issue[] {
  const result = composePlugins(nationalDefaults, plugins)
  if (result.ok) throw new Error('expected the composition to be refused')
  return result.errors
}

const saqPlugin: PluginManifest = {
  id: 'saq-council',
  name: 'SAQ Council',
  apiVersion: 1,
  questionnaires: { selfAssessment: { mode: 'replace', definition: tinySaq() } },
  ras: { configs: [tinyRas()] },
}

const extending: PluginManifest = {
  id: 'peer-group',
  name: 'Peer Group',
  apiVersion: 1,
  questionnaires: { selfAssessment: { mode: 'extend', sections: [peerSupportSection()] } },
}

describe('validatePlugin: the questionnaires and ras slots', () => {
  it('accepts a plugin with its own SAQ and a RAS that fits it', () => {
    expect(validatePlugin(saqPlugin, '@test/plugin')).toEqual({ ok: true, value: saqPlugin })
  })

  it('refuses an SAQ definition with a repeated question id, naming the plugin and the field', () => {
    const definition = tinySaq()
    const section = definition.sections[0]
    if (section === undefined) throw new Error('fixture changed')
    section.questions.push({ type: 'yes-no', id: 'washing', label: 'Again?', required: false })
    const errors = refused({ ...saqPlugin, questionnaires: { selfAssessment: { mode: 'replace', definition } } })
    expect(errors).toEqual([
      {
        path: 'questionnaires.selfAssessment.definition.sections.0.questions.2.id',
        message:
          'Plugin "saq-council": questionnaires.selfAssessment.definition.sections.0.questions.2.id: ' +
          'Question id "washing" is used more than once (first at sections.0.questions.0): ids must be unique.',
      },
    ])
  })

  it('refuses an SAQ in a shape the questionnaire package does not know, naming the field', () => {
    const errors = refused({
      ...saqPlugin,
      questionnaires: { selfAssessment: { mode: 'replace', definition: { ...tinySaq(), sections: [] } } },
    })
    expect(errors.map((issue) => issue.path)).toEqual(['questionnaires.selfAssessment.definition.sections'])
    expect(errors[0]?.message).toMatch(/^Plugin "saq-council": questionnaires\.selfAssessment\.definition\.sections: /)
  })

  it('refuses a mode other than replace or extend', () => {
    const errors = refused({ ...saqPlugin, questionnaires: { selfAssessment: { mode: 'merge', sections: [] } } })
    expect(errors[0]?.message).toMatch(/^Plugin "saq-council": questionnaires\.selfAssessment\.mode: /)
  })

  it('refuses a RAS that scores a question its SAQ lacks, naming the plugin and the field', () => {
    const config = tinyRas()
    config.domains[0]?.scoring.push({ type: 'yes-no', question: 'cooking', yes: 3, no: 0 })
    const errors = refused({ ...saqPlugin, ras: { configs: [config] } })
    expect(errors.map((issue) => issue.path)).toEqual(['ras.configs.0.domains.0.scoring.1.question'])
    expect(errors[0]?.message).toMatch(
      /^Plugin "saq-council": ras\.configs\.0\.domains\.0\.scoring\.1\.question: .*"cooking"/,
    )
  })

  it('refuses an allocation table whose bands overlap, naming the plugin and the band', () => {
    const config: RasConfig = {
      ...tinyRas(),
      money: {
        method: 'bands',
        bands: [
          { fromPoints: 0, toPoints: 5, weeklyPence: 5_000 },
          { fromPoints: 6, toPoints: 8, weeklyPence: 9_000 },
          { fromPoints: 7, toPoints: null, weeklyPence: 15_000 },
        ],
      },
    }
    const errors = refused({ ...validManifest(), ras: { configs: [config] } })
    expect(errors.map((issue) => issue.path)).toEqual(['ras.configs.0.money.bands.2.fromPoints'])
    expect(errors[0]?.message).toMatch(/^Plugin "test-council": ras\.configs\.0\.money\.bands\.2\.fromPoints: /)
  })

  it('refuses two RAS versions in effect on the same day', () => {
    const errors = refused({
      ...saqPlugin,
      ras: { configs: [tinyRas(), { ...tinyRas(), version: '2026.1', effectiveFrom: '2026-04-01' }] },
    })
    expect(errors).toEqual([
      {
        path: 'ras.configs.1.effectiveFrom',
        message:
          'Plugin "saq-council": ras.configs.1.effectiveFrom: RAS "tiny-ras" version 2026.1 (2026-04-01 onwards) is in effect on some of the same ' +
          'days as "tiny-ras" version 2025.1 at ras.configs.0 (2025-04-01 onwards): give the earlier one an effectiveTo.',
      },
    ])
  })

  it('accepts successive RAS versions that do not overlap', () => {
    const first = { ...tinyRas(), effectiveTo: '2026-03-31' }
    const second = { ...tinyRas(), version: '2026.1', effectiveFrom: '2026-04-01' }
    expect(validatePlugin({ ...saqPlugin, ras: { configs: [first, second] } }, '@test/plugin').ok).toBe(true)
  })

  it('refuses an empty list of RAS configurations', () => {
    expect(refused({ ...saqPlugin, ras: { configs: [] } }).map((issue) => issue.path)).toEqual(['ras.configs'])
  })

  it('accepts sections that extend an SAQ it does not have yet: they are checked on composition', () => {
    expect(validatePlugin(extending, '@test/plugin').ok).toBe(true)
  })
})

describe('composePlugins: the questionnaires and ras slots', () => {
  it('has no SAQ or RAS in the national defaults', () => {
    const result = composed([])
    expect(result.slots).toEqual({})
    expect(result.provenance.selfAssessmentSections).toEqual({})
  })

  it('replace sets the SAQ, and provenance names the plugin for the SAQ, each section and the RAS', () => {
    const result = composed([saqPlugin])
    expect(result.slots.questionnaires).toEqual({ selfAssessment: { mode: 'replace', definition: tinySaq() } })
    expect(result.slots.ras).toEqual({ configs: [tinyRas()] })
    expect(result.provenance.slots).toEqual({ questionnaires: 'saq-council', ras: 'saq-council' })
    expect(result.provenance.selfAssessmentSections).toEqual({ 'personal-care': 'saq-council' })
  })

  it('extend appends sections to the earlier SAQ, gives it a version of its own and credits each section', () => {
    const result = composed([saqPlugin, extending])
    const selfAssessment = result.slots.questionnaires?.selfAssessment
    if (selfAssessment?.mode !== 'replace') throw new Error('the composed SAQ should be whole')
    expect(selfAssessment.definition.sections.map((section) => section.id)).toEqual(['personal-care', 'peer-support'])
    expect(selfAssessment.definition.version).toBe('1+peer-group')
    expect(selfAssessment.definition.id).toBe('tiny-saq')
    expect(result.provenance.slots).toEqual({ questionnaires: 'peer-group', ras: 'saq-council' })
    expect(result.provenance.selfAssessmentSections).toEqual({
      'personal-care': 'saq-council',
      'peer-support': 'peer-group',
    })
  })

  it('a later replace discards what came before, extensions included', () => {
    const other = tinySaq()
    const replacing: PluginManifest = {
      id: 'later-council',
      name: 'Later',
      apiVersion: 1,
      questionnaires: { selfAssessment: { mode: 'replace', definition: other } },
    }
    const result = composed([saqPlugin, extending, replacing])
    expect(result.slots.questionnaires).toEqual({ selfAssessment: { mode: 'replace', definition: other } })
    expect(result.provenance.selfAssessmentSections).toEqual({ 'personal-care': 'later-council' })
  })

  it('refuses to extend when no earlier layer supplies an SAQ, naming the plugin', () => {
    expect(compositionErrors([extending])).toEqual([
      {
        path: 'questionnaires.selfAssessment',
        message:
          'Plugin "peer-group": questionnaires.selfAssessment: adds sections to the self-assessment questionnaire, but neither the national ' +
          'defaults nor an earlier plugin supply one to add them to. Use mode "replace" with a whole definition, or list a plugin that ' +
          'supplies one before this plugin.',
      },
    ])
  })

  it('refuses an extension that repeats a question id, naming the extending plugin and its own section', () => {
    const clash: PluginManifest = {
      ...extending,
      questionnaires: {
        selfAssessment: {
          mode: 'extend',
          sections: [
            {
              id: 'more',
              title: 'More',
              questions: [{ type: 'yes-no', id: 'washing', label: 'Washing again?', required: false }],
            },
          ],
        },
      },
    }
    const errors = compositionErrors([saqPlugin, clash])
    expect(errors.map((issue) => issue.path)).toEqual(['questionnaires.selfAssessment.sections.0.questions.0.id'])
    expect(errors[0]?.message).toMatch(
      /^Plugin "peer-group": questionnaires\.selfAssessment\.sections\.0\.questions\.0\.id: Question id "washing"/,
    )
  })

  it('a later plugin replaces the whole list of RAS configurations', () => {
    const newer: PluginManifest = {
      id: 'newer-ras',
      name: 'Newer',
      apiVersion: 1,
      ras: { configs: [{ ...tinyRas(), version: '2026.1' }] },
    }
    const result = composed([saqPlugin, newer])
    expect(result.slots.ras?.configs.map((config) => config.version)).toEqual(['2026.1'])
    expect(result.provenance.slots.ras).toBe('newer-ras')
  })

  it('refuses a RAS that does not fit the SAQ from another plugin, naming the plugin that supplied the RAS', () => {
    const config = tinyRas()
    config.additions.push({
      id: 'two-carers',
      title: 'Two carers',
      when: { op: 'equals', question: 'two-carers', value: true },
      weeklyPence: 1,
    })
    const rasOnly: PluginManifest = {
      id: 'ras-council',
      name: 'RAS Council',
      apiVersion: 1,
      ras: { configs: [config] },
    }
    expect(validatePlugin(rasOnly, '@test/plugin').ok).toBe(true)
    const errors = compositionErrors([saqPlugin, rasOnly])
    expect(errors.map((issue) => issue.path)).toEqual(['ras.configs.0.additions.1.when'])
    expect(errors[0]?.message).toMatch(/^Plugin "ras-council": ras\.configs\.0\.additions\.1\.when: .*"two-carers"/)
    expect(errors[0]?.message).toContain('last changed by "saq-council"')
  })

  it('refuses an SAQ replaced by a later plugin that drops a question the earlier RAS scores, naming the RAS supplier', () => {
    const renamed = tinySaq()
    renamed.sections[0]?.questions.splice(0, 1)
    const later: PluginManifest = {
      id: 'later-saq',
      name: 'Later SAQ',
      apiVersion: 1,
      questionnaires: { selfAssessment: { mode: 'replace', definition: renamed } },
    }
    const errors = compositionErrors([saqPlugin, later])
    expect(errors.map((issue) => issue.path)).toEqual(['ras.configs.0.domains.0.scoring.0.question'])
    expect(errors[0]?.message).toMatch(/^Plugin "saq-council": /)
  })
})
