import { validateDefinition } from '@open-sds/questionnaire'
import type { QuestionnaireDefinition } from '@open-sds/questionnaire'
import type { SourceId } from './configuration.js'
import { NATIONAL_DEFAULTS_ID } from './manifest-schema.js'
import type { Issue } from '@open-sds/kernel'
import { rasConfigIssues } from './slot-checks.js'
import { PLUGIN_SLOT_NAMES } from './slots.js'
import { SurveysComposer } from './surveys-slot.js'
import type { PluginSlotName, PluginSlots, SelfAssessmentSlot } from './slots.js'

export type SlotLayer = { id: SourceId; slots: PluginSlots }

export type ComposedSlots = {
  slots: PluginSlots
  /** Which layer last set each slot. */
  sources: { [Name in PluginSlotName]?: SourceId }
  /** Which layer supplied each section of the composed self-assessment questionnaire, by section id. */
  selfAssessmentSections: Record<string, SourceId>
  issues: Issue[]
}

/** A run of sections in the composed SAQ and the layer that put them there, to send each problem to its author. */
type Segment = { source: SourceId; mode: SelfAssessmentSlot['mode']; start: number }

function label(source: SourceId): string {
  return source === NATIONAL_DEFAULTS_ID ? 'The national defaults' : `Plugin "${source}"`
}

function message(source: SourceId, path: string, text: string): Issue {
  return { path, message: `${label(source)}: ${path}: ${text}` }
}

class SelfAssessmentComposer {
  definition: QuestionnaireDefinition | undefined
  source: SourceId | undefined
  readonly segments: Segment[] = []
  readonly issues: Issue[] = []

  apply(layer: SourceId, slot: SelfAssessmentSlot): void {
    if (slot.mode === 'replace') {
      this.definition = slot.definition
      this.segments.length = 0
      this.segments.push({ source: layer, mode: 'replace', start: 0 })
    } else if (this.definition === undefined) {
      this.issues.push(
        message(
          layer,
          'questionnaires.selfAssessment',
          'adds sections to the self-assessment questionnaire, but neither the national defaults nor an earlier plugin supply one to add them to. ' +
            'Use mode "replace" with a whole definition, or list a plugin that supplies one before this plugin',
        ),
      )
      return
    } else {
      this.segments.push({ source: layer, mode: 'extend', start: this.definition.sections.length })
      // The extended SAQ asks different questions, so it must not share a version with the one it extends.
      this.definition = {
        ...this.definition,
        version: `${this.definition.version}+${layer}`,
        sections: [...this.definition.sections, ...slot.sections],
      }
    }
    this.source = layer
  }

  /** The section ids of the composed SAQ, each with the layer that supplied it. */
  sectionSources(): Record<string, SourceId> {
    const sections = this.definition?.sections ?? []
    return Object.fromEntries(
      sections.map((section, index) => [section.id, this.segmentAt(index)?.source ?? NATIONAL_DEFAULTS_ID]),
    )
  }

  /** Checks the SAQ as a whole (an extension may repeat a question id, or branch on a question that is not there). */
  check(): void {
    if (this.definition === undefined) return
    const checked = validateDefinition(this.definition)
    if (!checked.ok) this.issues.push(...checked.errors.map((issue) => this.attribute(issue)))
  }

  private segmentAt(sectionIndex: number): Segment | undefined {
    return this.segments.findLast((segment) => segment.start <= sectionIndex)
  }

  /** Names the layer that wrote the section at fault, with the path in that layer's own manifest. */
  private attribute(issue: Issue): Issue {
    const match = /^sections\.(\d+)(.*)$/.exec(issue.path)
    const segment = match === null ? this.segments[0] : this.segmentAt(Number(match[1]))
    if (segment === undefined) return message(NATIONAL_DEFAULTS_ID, 'questionnaires.selfAssessment', issue.message)
    if (segment.mode === 'replace' || match === null) {
      const owner = this.segments[0] ?? segment
      return message(
        owner.source,
        `questionnaires.selfAssessment.definition${issue.path === '' ? '' : `.${issue.path}`}`,
        issue.message,
      )
    }
    return message(
      segment.source,
      `questionnaires.selfAssessment.sections.${Number(match[1]) - segment.start}${match[2] ?? ''}`,
      issue.message,
    )
  }
}

/**
 * Layers the slots. The self-assessment questionnaire is replaced, or extended with sections after those of the
 * earlier layer's; every other slot (the RAS's list of versions included) is replaced whole. Then each RAS is checked
 * against the composed SAQ, and a problem is laid at the door of the plugin that supplied the RAS.
 */
export function composeSlots(layers: readonly SlotLayer[]): ComposedSlots {
  const slots: Record<string, unknown> = {}
  const sources: ComposedSlots['sources'] = {}
  const saq = new SelfAssessmentComposer()
  const surveys = new SurveysComposer()
  for (const layer of layers) {
    for (const name of PLUGIN_SLOT_NAMES) {
      const value = layer.slots[name]
      if (value === undefined) continue
      if (name === 'questionnaires') {
        const selfAssessment = layer.slots.questionnaires?.selfAssessment
        if (selfAssessment === undefined) continue
        saq.apply(layer.id, selfAssessment)
      } else if (name === 'surveys') {
        surveys.apply(layer.id, value as NonNullable<PluginSlots['surveys']>)
      } else {
        slots[name] = value
      }
      sources[name] = layer.id
    }
  }
  if (saq.definition !== undefined)
    slots.questionnaires = { selfAssessment: { mode: 'replace', definition: saq.definition } }
  if (sources.surveys !== undefined) slots.surveys = surveys.result()
  saq.check()
  const issues = [...saq.issues, ...surveys.issues(label)]
  const ras = (slots as PluginSlots).ras
  const rasSource = sources.ras
  if (ras !== undefined && rasSource !== undefined && saq.issues.length === 0) {
    const against =
      saq.source === undefined || saq.source === rasSource
        ? ''
        : ` (checked against the self-assessment questionnaire as composed, last changed by ${saq.source === NATIONAL_DEFAULTS_ID ? 'the national defaults' : `"${saq.source}"`})`
    issues.push(
      ...rasConfigIssues(ras.configs, saq.definition).map((issue) =>
        message(rasSource, issue.path, `${issue.message}${against}`),
      ),
    )
  }
  return { slots: slots as PluginSlots, sources, selfAssessmentSections: saq.sectionSources(), issues }
}
