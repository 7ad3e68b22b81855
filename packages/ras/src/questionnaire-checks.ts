import { findQuestion, validateCondition } from '@open-sds/questionnaire'
import type { Question, QuestionnaireDefinition } from '@open-sds/questionnaire'
import type { RasConfig, ScoringRule } from './config-schema.js'
import type { Issue } from '@open-sds/kernel'

const TYPE_NAMES: Record<Question['type'], string> = {
  'single-choice': 'a single choice',
  'multiple-choice': 'a multiple choice',
  number: 'a number',
  text: 'a text',
  date: 'a date',
  'yes-no': 'a yes/no',
}

/** Checks that a RAS only refers to questions and options its questionnaire has, and scores every option. */
export function questionnaireIssues(config: RasConfig, def: QuestionnaireDefinition): Issue[] {
  const issues: Issue[] = []
  if (config.questionnaireId !== def.id) {
    issues.push({
      path: 'questionnaireId',
      message: `This RAS is for questionnaire "${config.questionnaireId}", not "${def.id}"`,
    })
  }
  config.domains.forEach((domain, d) => {
    domain.scoring.forEach((rule, r) => {
      issues.push(...scoringIssues(rule, def, `domains.${d}.scoring.${r}`, `Domain "${domain.id}"`))
    })
  })
  if (config.informalSupport !== undefined) issues.push(...informalSupportIssues(config.informalSupport, def))
  config.additions.forEach((addition, i) => {
    issues.push(
      ...validateCondition(def, addition.when, { path: `additions.${i}.when`, subject: `Addition "${addition.id}"` }),
    )
  })
  const caps = config.livingSituationCaps
  if (caps !== undefined) {
    const found = lookup(def, caps.question, ['single-choice'], {
      path: 'livingSituationCaps.question',
      who: 'The living situation cap',
    })
    if ('issue' in found) issues.push(found.issue)
    else {
      caps.caps.forEach((cap, i) => {
        if (!answerValues(found.question).includes(cap.answer)) {
          issues.push({
            path: `livingSituationCaps.caps.${i}.answer`,
            message: `The living situation cap is for the answer "${cap.answer}", which is not an option of "${caps.question}"`,
          })
        }
      })
    }
  }
  return issues
}

function scoringIssues(rule: ScoringRule, def: QuestionnaireDefinition, path: string, who: string): Issue[] {
  const found = lookup(def, rule.question, [rule.type], { path: `${path}.question`, who })
  if ('issue' in found) return [found.issue]
  if (rule.type !== 'single-choice' && rule.type !== 'multiple-choice') return []
  return optionCoverageIssues(found.question, Object.keys(rule.points), {
    path: `${path}.points`,
    unknown: (value) => `${who} gives points for "${value}", which is not an option of "${rule.question}"`,
    missing: (value) =>
      `${who} gives no points for option "${value}" of "${rule.question}": give it 0 if it scores nothing`,
  })
}

function informalSupportIssues(
  support: NonNullable<RasConfig['informalSupport']>,
  def: QuestionnaireDefinition,
): Issue[] {
  const where = { path: 'informalSupport.question', who: 'The informal support adjustment' }
  const found = lookup(def, support.question, ['single-choice', 'yes-no'], where)
  if ('issue' in found) return [found.issue]
  return optionCoverageIssues(found.question, Object.keys(support.reductionPercent), {
    path: 'informalSupport.reductionPercent',
    unknown: (value) =>
      `The informal support adjustment has a reduction for "${value}", which is not an answer to "${support.question}"`,
    missing: (value) =>
      `The informal support adjustment has no reduction for the answer "${value}" to "${support.question}": give it 0 if there is none`,
  })
}

/** The question, or an issue when it does not exist or is not one of the types the config needs. */
function lookup(
  def: QuestionnaireDefinition,
  id: string,
  types: ReadonlyArray<Question['type']>,
  where: { path: string; who: string },
): { question: Question } | { issue: Issue } {
  const question = findQuestion(def, id)
  if (question === undefined) {
    return {
      issue: {
        path: where.path,
        message: `${where.who} refers to "${id}", which is not a question in questionnaire "${def.id}"`,
      },
    }
  }
  if (types.includes(question.type)) return { question }
  const wanted = types.map((t) => TYPE_NAMES[t]).join(' or ')
  return {
    issue: {
      path: where.path,
      message: `${where.who} needs ${wanted} question, but "${id}" is ${TYPE_NAMES[question.type]} question`,
    },
  }
}

/** Answer values a question can have: its options, or yes and no. */
function answerValues(question: Question): string[] {
  if (question.type === 'yes-no') return ['yes', 'no']
  return question.type === 'single-choice' || question.type === 'multiple-choice'
    ? question.options.map((o) => o.value)
    : []
}

function optionCoverageIssues(
  question: Question,
  keys: readonly string[],
  words: { path: string; unknown: (value: string) => string; missing: (value: string) => string },
): Issue[] {
  const values = answerValues(question)
  return [
    ...keys.filter((k) => !values.includes(k)).map((k) => ({ path: `${words.path}.${k}`, message: words.unknown(k) })),
    ...values.filter((v) => !keys.includes(v)).map((v) => ({ path: words.path, message: words.missing(v) })),
  ]
}
