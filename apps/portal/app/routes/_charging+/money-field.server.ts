import { z } from 'zod'

/** Pounds and pence as people type them: "25", "25.5", "£1,250.00". Nothing else. */
const MONEY = /^£?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/

/** The largest amount a form accepts: far above any real weekly figure or savings, and exact in pence. */
const MAX_PENCE = 100_000_000_00

/** Parses pounds and pence to whole pence, exactly (no floating-point arithmetic on the amount). */
export function poundsToPence(text: string): number | undefined {
  const trimmed = text.trim()
  if (!MONEY.test(trimmed)) return undefined
  const [pounds = '0', pence = ''] = trimmed.replace(/^£\s*/, '').replaceAll(',', '').split('.')
  return Number(pounds) * 100 + Number(pence.padEnd(2, '0') || '0')
}

/** Whole pence back to what a person would type: 2690 becomes "26.90". */
export function penceToPounds(pence: number): string {
  return `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`
}

/**
 * A money field in a GOV.UK form: pounds and pence in, integer pence out, with messages that name the field and
 * say what to do. An empty field is 0 when `optional` (most people have no income of most kinds).
 */
export function moneyField(label: string, { optional = true }: { optional?: boolean } = {}) {
  return z.string().transform((text, ctx) => {
    const trimmed = text.trim()
    if (trimmed === '') {
      if (optional) return 0
      ctx.addIssue({ code: 'custom', message: `Enter ${label}` })
      return z.NEVER
    }
    if (/^-/.test(trimmed.replace(/^£\s*/, '')) || /^£?\s*-/.test(trimmed)) {
      ctx.addIssue({ code: 'custom', message: `${sentence(label)} must be 0 or more, not a negative amount` })
      return z.NEVER
    }
    if (/^£?\s*[\d,]*\.\d{3,}$/.test(trimmed)) {
      ctx.addIssue({ code: 'custom', message: `${sentence(label)} must be in pounds and pence, like 25.50` })
      return z.NEVER
    }
    const pence = poundsToPence(trimmed)
    if (pence === undefined) {
      ctx.addIssue({ code: 'custom', message: `${sentence(label)} must be an amount of money in numbers, like 25.50` })
      return z.NEVER
    }
    if (pence > MAX_PENCE) {
      ctx.addIssue({ code: 'custom', message: `${sentence(label)} must be less than £100,000,000: check the amount` })
      return z.NEVER
    }
    return pence
  })
}

function sentence(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1)
}
