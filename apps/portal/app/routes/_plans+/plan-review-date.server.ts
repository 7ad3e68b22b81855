import { addDays, formatLongDate, todayInEngland } from '@open-sds/kernel'
import { currentPlan, nextReviewDate, type PlanRecord } from '@open-sds/support-planning'
import { dateFromParts } from '~/.server/date-parts'

type ReviewValues = Record<'reviewDay' | 'reviewMonth' | 'reviewYear' | 'reviewDateReason', string>

const asParts = (date: string) => {
  const [year = '', month = '', day = ''] = date.split('-')
  return { reviewDay: String(Number(day)), reviewMonth: String(Number(month)), reviewYear: year }
}

/**
 * What the agreement form offers: the date the person proposed when it is after today and within twelve months,
 * otherwise twelve months from today (the latest the statutory guidance expects without a reason).
 */
export function agreedReviewDefaults(record: PlanRecord, now: Date) {
  const today = todayInEngland(now)
  const latest = nextReviewDate(today)
  const plan = currentPlan(record)
  const proposed = plan.reviewDate > today && plan.reviewDate <= latest ? plan.reviewDate : latest
  const values: ReviewValues = { ...asParts(proposed), reviewDateReason: plan.reviewDateReason ?? '' }
  const example = asParts(addDays(today, 180))
  return {
    latest: formatLongDate(latest),
    example: `${example.reviewDay} ${example.reviewMonth} ${example.reviewYear}`,
    values,
  }
}

/** The review date and reason typed on the agreement form, kept as typed so a refusal can show them again. */
export function readAgreedReview(form: FormData) {
  const get = (name: keyof ReviewValues) => String(form.get(name) ?? '')
  const values: ReviewValues = {
    reviewDay: get('reviewDay'),
    reviewMonth: get('reviewMonth'),
    reviewYear: get('reviewYear'),
    reviewDateReason: get('reviewDateReason'),
  }
  const date = dateFromParts('the review date', {
    day: values.reviewDay,
    month: values.reviewMonth,
    year: values.reviewYear,
  })
  return date.ok
    ? { ok: true as const, values, review: { reviewDate: date.date, reason: values.reviewDateReason } }
    : { ok: false as const, values, message: date.message }
}
