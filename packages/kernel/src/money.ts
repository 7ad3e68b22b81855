import { fail, ok, type Result } from './result.js'

/*
 * Money is a whole number of pence everywhere in Open SDS. These are the only places that turn pence into text or
 * text into pence, and they do it on the digits (strings and integers), never by dividing by 100: 0.29 pounds is not
 * exactly representable as a float, but "0.29" is exactly 29 pence.
 */

/** The largest amount a person can type: far above any real weekly cost or savings, and exact in pence. */
export const MAX_TYPED_PENCE = 10_000_000_000

function pounds(pence: number, name: string): { sign: '' | '-'; whole: string; pennies: string } {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`${name} needs a whole number of pence, not ${String(pence)}`)
  const digits = String(Math.abs(pence)).padStart(3, '0')
  return { sign: pence < 0 ? '-' : '', whole: digits.slice(0, -2), pennies: digits.slice(-2) }
}

const withCommas = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')

export type FormatPenceOptions = {
  /** Leave off ".00" from a whole number of pounds (£23,250), as GOV.UK style writes round amounts. */
  omitZeroPence?: boolean
}

/**
 * Pence for people: 123456 -> "£1,234.56", 5 -> "£0.05", -1070 -> "-£10.70" (the sign before the pound sign).
 * Throws a RangeError for anything but a whole number of pence: that is a programming error, not a person's.
 */
export function formatPence(pence: number, options: FormatPenceOptions = {}): string {
  const { sign, whole, pennies } = pounds(pence, 'formatPence')
  const tail = options.omitZeroPence === true && pennies === '00' ? '' : `.${pennies}`
  return `${sign}£${withCommas(whole)}${tail}`
}

/** Pence as a person would type them into a form field or a spreadsheet: 2690 -> "26.90", -50 -> "-0.50". */
export function penceToPounds(pence: number): string {
  const { sign, whole, pennies } = pounds(pence, 'penceToPounds')
  return `${sign}${whole}.${pennies}`
}

// Pounds as people type them: "12", "12.5", "£1,234.50", "£ 3.05". Commas, when used, must group thousands.
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/

export type ParsePoundsOptions = {
  /** What the amount is, to start the message with: "your weekly rent" -> "Your weekly rent must be ...". */
  label?: string
  /** Where the amount sits in the input, for the path. */
  path?: string
}

const sentenceCase = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * What a person typed as pounds and pence, as whole pence: "£1,234.50" -> 123450, "12.5" -> 1250, " 3.05 " -> 305.
 * Refuses, in plain English naming the amount: nothing typed, a negative amount, something that is not a number,
 * a fraction of a penny (more than two numbers after the point) and more than £100,000,000.
 */
export function parsePounds(text: string, options: ParsePoundsOptions = {}): Result<number> {
  const label = options.label ?? 'the amount'
  const name = sentenceCase(label)
  const problem = (message: string): Result<number> => fail({ path: options.path ?? '', message })
  const typed = text.trim()
  if (typed === '') return problem(`Enter ${label}`)
  const unsigned = typed.replace(/^£\s*/, '')
  if (/^[-−–]/.test(unsigned) || /^[-−–]\s*£/.test(typed))
    return problem(`${name} must be 0 or more, not a negative amount`)
  const match = AMOUNT.exec(unsigned)
  if (match === null) return problem(`${name} must be an amount of money in numbers, like 25.50`)
  const [, wholeText = '', fraction = ''] = match
  if (fraction.length > 2)
    return problem(`${name} must be in pounds and pence, like 25.50: it cannot include a fraction of a penny`)
  const whole = wholeText.replaceAll(',', '').replace(/^0+(?=\d)/, '')
  if (whole.length > String(MAX_TYPED_PENCE).length - 2) return problem(tooLarge(name))
  const pence = Number(`${whole}${fraction.padEnd(2, '0')}`)
  if (pence > MAX_TYPED_PENCE) return problem(tooLarge(name))
  return ok(pence)
}

const tooLarge = (name: string): string =>
  `${name} must be no more than ${formatPence(MAX_TYPED_PENCE, { omitZeroPence: true })}: check the amount`

/** `parsePounds` for callers that word their own message: the pence, or undefined when the text is not an amount. */
export function poundsToPence(text: string): number | undefined {
  const parsed = parsePounds(text)
  return parsed.ok ? parsed.value : undefined
}
