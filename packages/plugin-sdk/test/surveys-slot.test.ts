import { describe, expect, it } from 'vitest'
import { composePlugins, nationalDefaults, validatePlugin } from '@open-sds/plugin-sdk'
import type { PluginManifest, StatementInput, SurveySetInput } from '@open-sds/plugin-sdk'

const yearly = (id = 'yearly', statementId = 'plan-ahead-for-changes'): SurveySetInput => ({
  id: 'council-surveys',
  title: 'Council surveys',
  surveys: [
    {
      id,
      version: '1',
      title: 'Living well',
      questions: [
        {
          id: 'plan',
          type: 'likert',
          scale: 'agreement',
          text: 'I can plan ahead.',
          link: { kind: 'i-statement', statementId },
        },
      ],
    },
  ],
})

/** Plugins as the portal gets them: written as input (defaults left out), then validated. */
function manifest(candidate: unknown): PluginManifest {
  const result = validatePlugin(candidate, '@test/plugin')
  if (!result.ok) throw new Error(result.errors.map((issue) => issue.message).join('\n'))
  return result.value
}

const council = manifest({ id: 'county', name: 'County', apiVersion: 1, surveys: { sets: [yearly()] } })
const ulo = (set: SurveySetInput, statements: StatementInput[] = []): PluginManifest =>
  manifest({ id: 'voice', name: 'Voice', apiVersion: 1, surveys: { sets: [set], statements } })

describe('the surveys slot', () => {
  it('refuses a survey set with a bad question, naming the plugin and the field', () => {
    const result = validatePlugin(
      {
        ...council,
        surveys: {
          sets: [
            {
              ...yearly(),
              surveys: [{ id: 'x', version: '1', title: 'X', questions: [{ id: 'q', type: 'slider', text: 'Q' }] }],
            },
          ],
        },
      },
      '@test/county',
    )
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors[0]?.message).toMatch(
        /county.*surveys\.sets\.0\.surveys\.0\.questions\.0.*likert, yes-no or free-text/,
      )
  })

  it("adds a later plugin's sets and statements to an earlier one's, by id", () => {
    const peer = { ...yearly('peer-support', 'feel-heard'), id: 'voice-surveys', title: 'Voice surveys' }
    const statement = { id: 'feel-heard', theme: 'Peer support', i: 'I feel heard.', wording: 'local' as const }
    const result = composePlugins(nationalDefaults, [council, ulo(peer, [statement])])
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.value.slots.surveys?.sets?.map((set) => set.id)).toEqual(['council-surveys', 'voice-surveys'])
      expect(result.value.slots.surveys?.statements?.map((entry) => entry.id)).toEqual(['feel-heard'])
    }
  })

  it('refuses a survey id used by two plugins, and a statement no layer supplies, naming the plugin at fault', () => {
    const clash = { ...yearly('yearly', 'feel-heard'), id: 'voice-surveys' }
    const result = composePlugins(nationalDefaults, [council, ulo(clash)])
    expect(result.ok).toBe(false)
    if (!result.ok) {
      const messages = result.errors.map((issue) => issue.message)
      expect(
        messages.some(
          (message) => message.includes('Plugin "voice"') && message.includes('Survey id "yearly" is already used'),
        ),
      ).toBe(true)
      expect(messages.some((message) => message.includes('Plugin "voice"') && message.includes('"feel-heard"'))).toBe(
        true,
      )
    }
  })
})
