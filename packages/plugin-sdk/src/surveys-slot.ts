import {
  StatementSchema,
  SurveySetSchema,
  checkSurveySets,
  type Statement,
  type SurveySet,
} from '@open-sds/coproduction'
import { z } from 'zod'
import type { SourceId } from './configuration.js'
import type { Issue } from '@open-sds/kernel'

/**
 * Co-production surveys and the Making it Real style statements they are tied to. Layers add to each other by id:
 * a user-led organisation's plugin adds its own surveys to a council's, and a later set or statement with the same
 * id replaces the earlier one whole.
 */
export const SurveysSlotSchema = z.strictObject({
  sets: z.array(SurveySetSchema).optional(),
  statements: z.array(StatementSchema).optional(),
})
export type SurveysSlot = z.infer<typeof SurveysSlotSchema>

type Owned<T> = { value: T; source: SourceId; index: number }

/** Merges the layers' survey sets and statements by id, and checks them as a whole, naming the layer at fault. */
export class SurveysComposer {
  private readonly sets = new Map<string, Owned<SurveySet>>()
  private readonly statements = new Map<string, Owned<Statement>>()
  private sawSets = false
  private sawStatements = false

  apply(source: SourceId, slot: SurveysSlot): void {
    if (slot.sets !== undefined) this.sawSets = true
    if (slot.statements !== undefined) this.sawStatements = true
    slot.sets?.forEach((value, index) => this.sets.set(value.id, { value, source, index }))
    slot.statements?.forEach((value, index) => this.statements.set(value.id, { value, source, index }))
  }

  /** The composed slot: only the lists some layer gave, so a layer of `{}` composes to `{}`. */
  result(): SurveysSlot {
    return {
      ...(this.sawSets ? { sets: [...this.sets.values()].map((owned) => owned.value) } : {}),
      ...(this.sawStatements ? { statements: [...this.statements.values()].map((owned) => owned.value) } : {}),
    }
  }

  issues(label: (source: SourceId) => string): Issue[] {
    const owned = [...this.sets.values()]
    const checked = checkSurveySets(
      owned.map((entry) => entry.value),
      [...this.statements.values()].map((entry) => entry.value),
    )
    if (checked.ok) return []
    return checked.errors.map((issue) => {
      const match = /^sets\.(\d+)(.*)$/.exec(issue.path)
      const entry = owned[Number(match?.[1] ?? 0)]
      const path = entry === undefined ? 'surveys' : `surveys.sets.${String(entry.index)}${match?.[2] ?? ''}`
      return {
        path,
        message: `${entry === undefined ? 'The surveys' : label(entry.source)}: ${path}: ${issue.message}`,
      }
    })
  }
}
