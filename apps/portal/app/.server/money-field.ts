import { parsePounds } from '@open-sds/kernel'
import { z } from 'zod'

export type MoneyFieldOptions = {
  /**
   * What an empty field means: a number of pence (0: most people have no income of most kinds), or the message to
   * show when the amount must be given. Left out, the amount must be given and the kernel's "Enter ..." is shown.
   */
  whenEmpty?: number | string
}

/**
 * A money field in a GOV.UK form: the text a person typed in, whole pence out. The reading and every refusal are the
 * kernel's `parsePounds` (on digits, never floats); this only fits it to a zod form schema. `label` is written as it
 * reads mid-sentence ("weekly cost of care"): messages start with it capitalised.
 */
export function moneyField(label: string, { whenEmpty }: MoneyFieldOptions = {}) {
  return z.string().transform((text, context) => {
    if (text.trim() === '' && whenEmpty !== undefined) {
      if (typeof whenEmpty === 'number') return whenEmpty
      context.addIssue({ code: 'custom', message: whenEmpty })
      return z.NEVER
    }
    const pence = parsePounds(text, { label })
    if (pence.ok) return pence.value
    for (const problem of pence.errors) context.addIssue({ code: 'custom', message: problem.message })
    return z.NEVER
  })
}
