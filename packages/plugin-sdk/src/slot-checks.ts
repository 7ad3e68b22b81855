import { validateDefinition } from '@open-sds/questionnaire'
import type { QuestionnaireDefinition } from '@open-sds/questionnaire'
import { validateRasConfig } from '@open-sds/ras'
import type { RasConfig } from '@open-sds/ras'
import type { PluginManifest } from './manifest-schema.js'
import type { Issue } from '@open-sds/kernel'

/** Puts a slot's own path in front of an issue found by a domain package, so it names the field in the manifest. */
export function underPath(prefix: string, issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => ({
    path: issue.path === '' ? prefix : `${prefix}.${issue.path}`,
    message: issue.message,
  }))
}

function periodText(config: RasConfig): string {
  return `${config.effectiveFrom} ${config.effectiveTo === undefined ? 'onwards' : `to ${config.effectiveTo}`}`
}

function overlaps(a: RasConfig, b: RasConfig): boolean {
  return (
    (a.effectiveTo === undefined || b.effectiveFrom <= a.effectiveTo) &&
    (b.effectiveTo === undefined || a.effectiveFrom <= b.effectiveTo)
  )
}

/** A budget must come from exactly one published version, so no two versions may be in effect on the same day. */
function rasListIssues(configs: readonly RasConfig[]): Issue[] {
  const issues: Issue[] = []
  configs.forEach((config, j) => {
    const clash = configs.slice(0, j).findIndex((earlier) => overlaps(earlier, config))
    const earlier = configs[clash]
    if (earlier === undefined) return
    issues.push({
      path: `ras.configs.${j}.effectiveFrom`,
      message:
        `RAS "${config.id}" version ${config.version} (${periodText(config)}) is in effect on some of the same days as ` +
        `"${earlier.id}" version ${earlier.version} at ras.configs.${clash} (${periodText(earlier)}): give the earlier one an effectiveTo`,
    })
  })
  return issues
}

/** Each RAS configuration checked on its own, and against the questionnaire when it is known. */
export function rasConfigIssues(
  configs: readonly RasConfig[],
  questionnaire: QuestionnaireDefinition | undefined,
): Issue[] {
  return configs.flatMap((config, i) => {
    const checked = validateRasConfig(config, questionnaire)
    return checked.ok ? [] : underPath(`ras.configs.${i}`, checked.errors)
  })
}

/**
 * The checks on a plugin's slots that a schema cannot make: a replacing SAQ must be a sound questionnaire, and each
 * RAS must be consistent and, when the plugin brings its own SAQ, refer only to its questions and options. Sections
 * that extend an SAQ, and a RAS for an SAQ from another plugin, are checked when the plugins are composed.
 */
export function slotIssues(manifest: PluginManifest): Issue[] {
  const issues: Issue[] = []
  const selfAssessment = manifest.questionnaires?.selfAssessment
  let questionnaire: QuestionnaireDefinition | undefined
  if (selfAssessment?.mode === 'replace') {
    const checked = validateDefinition(selfAssessment.definition)
    if (checked.ok) questionnaire = checked.value
    else issues.push(...underPath('questionnaires.selfAssessment.definition', checked.errors))
  }
  const configs = manifest.ras?.configs ?? []
  issues.push(...rasConfigIssues(configs, questionnaire), ...rasListIssues(configs))
  return issues
}
