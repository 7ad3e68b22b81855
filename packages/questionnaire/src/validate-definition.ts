import { checkConditionReferences } from './condition-references.js'
import { indexQuestions } from './question-index.js'
import type { Issue, Result } from '@open-sds/kernel'
import { fail } from '@open-sds/kernel'
import type { Question, QuestionnaireDefinition } from './schema.js'
import { QuestionnaireDefinitionSchema, isChoiceQuestion } from './schema.js'
import { parse } from '@open-sds/kernel'

/**
 * Checks a questionnaire definition: its shape, then that ids are unique, choice questions have options,
 * ranges run the right way, Easy Read wording matches real options, and every `showWhen` refers to an
 * option of a question asked earlier. Returns the parsed definition or every problem found, each naming the item.
 */
export function validateDefinition(def: unknown): Result<QuestionnaireDefinition> {
  const parsed = parse(QuestionnaireDefinitionSchema, def)
  if (!parsed.ok) return parsed
  const issues = definitionIssues(parsed.value)
  return issues.length === 0 ? parsed : fail(...issues)
}

function definitionIssues(def: QuestionnaireDefinition): Issue[] {
  const issues: Issue[] = []
  const index = indexQuestions(def)
  const sectionIds = new Set<string>()
  def.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) {
      issues.push({
        path: `sections.${s}.id`,
        message: `Section id "${section.id}" is used more than once: ids must be unique`,
      })
    }
    sectionIds.add(section.id)
    if (section.questions.length === 0) {
      issues.push({ path: `sections.${s}.questions`, message: `Section "${section.id}" has no questions` })
    }
    section.questions.forEach((question, q) => {
      const path = `sections.${s}.questions.${q}`
      const first = index.get(question.id)
      if (first !== undefined && first.path !== path) {
        issues.push({
          path: `${path}.id`,
          message: `Question id "${question.id}" is used more than once (first at ${first.path}): ids must be unique`,
        })
      }
      issues.push(...questionIssues(question, path))
      if (question.showWhen !== undefined) {
        const context = { path: `${path}.showWhen`, subject: `Question "${question.id}"`, askedBefore: question.id }
        issues.push(...checkConditionReferences(index, question.showWhen, context))
      }
    })
  })
  return issues
}

function questionIssues(question: Question, path: string): Issue[] {
  const issues: Issue[] = []
  const name = `Question "${question.id}"`
  if (isChoiceQuestion(question)) {
    if (question.options.length === 0)
      issues.push({ path: `${path}.options`, message: `${name} has no options: add at least one` })
    const seen = new Set<string>()
    question.options.forEach((option, o) => {
      if (seen.has(option.value)) {
        issues.push({
          path: `${path}.options.${o}.value`,
          message: `${name} has the option value "${option.value}" more than once`,
        })
      }
      seen.add(option.value)
    })
  }
  for (const value of Object.keys(question.easyRead?.options ?? {})) {
    const known = isChoiceQuestion(question) && question.options.some((o) => o.value === value)
    if (!known) {
      issues.push({
        path: `${path}.easyRead.options.${value}`,
        message: `${name} has Easy Read wording for option "${value}", which is not one of its options`,
      })
    }
  }
  if (
    question.type === 'number' &&
    question.min !== undefined &&
    question.max !== undefined &&
    question.min > question.max
  ) {
    issues.push({
      path: `${path}.max`,
      message: `${name} has a minimum (${question.min}) greater than its maximum (${question.max})`,
    })
  }
  if (
    question.type === 'date' &&
    question.min !== undefined &&
    question.max !== undefined &&
    question.min > question.max
  ) {
    issues.push({
      path: `${path}.max`,
      message: `${name} has an earliest date (${question.min}) later than its latest date (${question.max})`,
    })
  }
  return issues
}
