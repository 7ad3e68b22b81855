import type { SurveyResponse } from './response.js'
import {
  cellText,
  percentOf,
  suppressCells,
  suppressCount,
  suppressedSymbol,
  suppressionThreshold,
  type Cell,
} from '@open-sds/kernel'
import { likertScales, type Question, type QuestionLink, type Survey } from './survey.js'

export type OptionResult = { value: number | 'yes' | 'no'; label: string; count: Cell; percent: number | null }

type ResultBase = { questionId: string; text: string; link?: QuestionLink; answered: Cell }

/** The share answering agree or strongly agree (or satisfied or very satisfied). */
export type PositiveShare = { label: string; percent: number } | { label: string; percent: null; withheld: string }

export type LikertResult = ResultBase & {
  type: 'likert'
  scale: 'agreement' | 'satisfaction'
  options: OptionResult[]
  /** Shown only when every count of the question is shown. */
  median: { value: number; label: string } | null
  positiveShare: PositiveShare
}
export type YesNoResult = ResultBase & { type: 'yes-no'; options: OptionResult[] }
/** Only published comments, in alphabetical order so their order says nothing about who wrote them. */
export type FreeTextResult = ResultBase & { type: 'free-text'; comments: string[] }
export type QuestionResult = LikertResult | YesNoResult | FreeTextResult

/** How far people agree with one Making it Real "I" statement, over every agreement question tied to it. */
export type StatementResult = {
  statementId: string
  questionIds: string[]
  agreePercent: number | null
  withheld?: string
}

export type SurveyResults = {
  surveyId: string
  surveyVersion: string
  responses: Cell
  questions: QuestionResult[]
  statements: StatementResult[]
  suppression: { threshold: number; symbol: string; explanation: string }
  explanation: string[]
}

export const suppressionExplanation =
  `Counts from 1 to ${String(suppressionThreshold - 1)} are shown as ${suppressedSymbol} so that no one can be picked out. ` +
  'Where a hidden count could be worked out by taking the others away from a total, more counts are hidden too (secondary suppression), ' +
  'and percentages, medians and shares are left out where they would give a hidden count away.'

/** Median of 1-5 answers, halfway between two points when the count is even. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2
}

function medianLabel(value: number, labels: readonly string[]): string {
  if (Number.isInteger(value)) return labels[value - 1] ?? String(value)
  return `between ${labels[Math.floor(value) - 1] ?? ''} and ${labels[Math.ceil(value) - 1] ?? ''}`
}

const linkOf = (question: Question) => (question.link ? { link: question.link } : {})

function likertResult(question: Extract<Question, { type: 'likert' }>, values: number[]): LikertResult {
  const labels = likertScales[question.scale]
  const counts = labels.map((_, index) => values.filter((value) => value === index + 1).length)
  // Disagree side (1-3) and agree side (4-5) are shown as sums, so both are protected as groups.
  const { cells, total, groupsShown } = suppressCells(counts, [
    [0, 1, 2],
    [3, 4],
  ])
  const positiveLabel = question.scale === 'agreement' ? 'Agree or strongly agree' : 'Satisfied or very satisfied'
  const positiveCount = (counts[3] ?? 0) + (counts[4] ?? 0)
  const shareShown = total.kind === 'shown' && total.value > 0 && groupsShown.every(Boolean)
  // Where the middle answer falls could narrow a hidden count down, so the median needs every count shown.
  const medianShown = values.length > 0 && total.kind === 'shown' && cells.every((cell) => cell.kind === 'shown')
  const middle = medianShown ? median(values) : 0
  return {
    questionId: question.id,
    text: question.text,
    ...linkOf(question),
    type: 'likert',
    scale: question.scale,
    answered: total,
    options: labels.map((label, index) => {
      const count = cells[index] ?? suppressCount(0)
      return { value: index + 1, label, count, percent: percentOf(count, total) }
    }),
    median: medianShown ? { value: middle, label: medianLabel(middle, labels) } : null,
    positiveShare: shareShown
      ? { label: positiveLabel, percent: Math.round((positiveCount / values.length) * 100) }
      : {
          label: positiveLabel,
          percent: null,
          withheld:
            values.length === 0
              ? 'No one answered'
              : 'Too few answers on one side to show the share without giving a small number away',
        },
  }
}

function yesNoResult(question: Extract<Question, { type: 'yes-no' }>, values: Array<'yes' | 'no'>): YesNoResult {
  const counts = [values.filter((value) => value === 'yes').length, values.filter((value) => value === 'no').length]
  const { cells, total } = suppressCells(counts)
  return {
    questionId: question.id,
    text: question.text,
    ...linkOf(question),
    type: 'yes-no',
    answered: total,
    options: (['yes', 'no'] as const).map((value, index) => {
      const count = cells[index] ?? suppressCount(0)
      return { value, label: value === 'yes' ? 'Yes' : 'No', count, percent: percentOf(count, total) }
    }),
  }
}

/** Agree answers and all answers to one question, before suppression; used only to combine shares already shown. */
type RawShare = { agree: number; answered: number }

function statementResults(questions: QuestionResult[], raw: Map<string, RawShare>): StatementResult[] {
  const byStatement = new Map<string, LikertResult[]>()
  for (const result of questions) {
    if (result.type !== 'likert' || result.scale !== 'agreement' || result.link?.kind !== 'i-statement') continue
    byStatement.set(result.link.statementId, [...(byStatement.get(result.link.statementId) ?? []), result])
  }
  return [...byStatement.entries()].map(([statementId, results]) => {
    const questionIds = results.map((result) => result.questionId)
    if (!results.every((result) => result.positiveShare.percent !== null)) {
      return {
        statementId,
        questionIds,
        agreePercent: null,
        withheld: 'One of its questions has too few answers to show',
      }
    }
    // Every part is already shown, so the combined share gives nothing new away.
    const agree = questionIds.reduce((sum, id) => sum + (raw.get(id)?.agree ?? 0), 0)
    const answered = questionIds.reduce((sum, id) => sum + (raw.get(id)?.answered ?? 0), 0)
    return { statementId, questionIds, agreePercent: Math.round((agree / answered) * 100) }
  })
}

/**
 * Results of one survey, safe to publish: counts, percentages, medians and agreement with Making it
 * Real "I" statements, with small numbers suppressed and only moderated, published comments.
 * Responses to other surveys are left out, and said so.
 */
export function aggregateSurvey(survey: Survey, responses: readonly SurveyResponse[]): SurveyResults {
  const relevant = responses.filter((response) => response.surveyId === survey.id)
  const answersTo = (questionId: string) =>
    relevant.flatMap((response) => response.answers.filter((answer) => answer.questionId === questionId))

  const raw = new Map<string, RawShare>()
  const questions = survey.questions.map((question): QuestionResult => {
    const answers = answersTo(question.id)
    if (question.type === 'likert') {
      const values = answers.flatMap((answer) => (answer.type === 'likert' ? [answer.value] : []))
      raw.set(question.id, { agree: values.filter((value) => value >= 4).length, answered: values.length })
      return likertResult(question, values)
    }
    if (question.type === 'yes-no') {
      return yesNoResult(
        question,
        answers.flatMap((answer) => (answer.type === 'yes-no' ? [answer.value] : [])),
      )
    }
    const texts = answers.flatMap((answer) => (answer.type === 'free-text' ? [answer] : []))
    return {
      questionId: question.id,
      text: question.text,
      ...linkOf(question),
      type: 'free-text',
      answered: suppressCount(texts.length),
      comments: texts
        .filter((answer) => answer.moderation.state === 'published')
        .map((answer) => answer.text)
        .sort((a, b) => a.localeCompare(b, 'en-GB')),
    }
  })

  const responseCount = suppressCount(relevant.length)
  return {
    surveyId: survey.id,
    surveyVersion: survey.version,
    responses: responseCount,
    questions,
    statements: statementResults(questions, raw),
    suppression: { threshold: suppressionThreshold, symbol: suppressedSymbol, explanation: suppressionExplanation },
    explanation: [
      `Responses to survey ${survey.id} counted: ${cellText(responseCount)} (responses to other surveys are left out).`,
      'Percentages are of the people who answered that question, rounded to whole numbers.',
      'Agreement with an "I" statement is the share answering agree or strongly agree, over every agreement question tied to it.',
      'A median is shown only where no count of its question is hidden, because where the middle answer falls could narrow a hidden count down.',
      'Only comments a moderator has published are shown.',
      suppressionExplanation,
    ],
  }
}
