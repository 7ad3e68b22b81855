import { fail, issue, ok, parse, type Issue, type Result } from '@open-sds/kernel'
import type { Agreement } from './agreement.js'
import { checkReturn, ReturnSchema, type EarlierReturn, type ReturnCheck, type ReturnInput } from './monitoring.js'
import type { DirectPaymentPolicy } from './policy.js'

export type PlacedReturn = { input: ReturnInput; check: ReturnCheck }

/**
 * Places a return's spend lines against the plan's supports, one support id (or null, for none) per line in order,
 * and checks the return so placed: spend against no support is outside every agreed outcome and flagged; spend moved
 * between supports of one outcome stays within the outcome's share (the flexibility rule). A card statement's lines
 * arrive placed against none; the person (or their representative) places them. A support the plan does not have is
 * refused by its line. `earlier` are the returns sent before this one, as `checkReturn` takes them.
 */
export function placeSpend(
  agreement: Agreement,
  policy: DirectPaymentPolicy,
  input: ReturnInput,
  supports: readonly (string | null)[],
  earlier: readonly EarlierReturn[] = [],
): Result<PlacedReturn> {
  const parsed = parse(ReturnSchema, input)
  if (!parsed.ok) return parsed
  const spend = parsed.value.spend
  if (supports.length !== spend.length)
    return fail(
      issue(
        'spend',
        `The return has ${String(spend.length)} spend lines: place each of them, not ${String(supports.length)}`,
      ),
    )
  const known = new Map(agreement.supports.map((support) => [support.supportId, support]))
  const problems: Issue[] = []
  supports.forEach((supportId, index) => {
    if (supportId !== null && !known.has(supportId))
      problems.push(
        issue(
          `spend.${String(index)}.supportId`,
          `Spend line ${String(index + 1)} (${spend[index]?.description ?? ''}): choose one of the plan's supports, or none of them`,
        ),
      )
  })
  if (problems.length > 0) return fail(...problems)
  const placed: ReturnInput = {
    ...parsed.value,
    spend: spend.map((line, index) => ({ ...line, supportId: supports[index] ?? null })),
  }
  const check = checkReturn(agreement, policy, placed, earlier)
  return check.ok ? ok({ input: placed, check: check.value }) : check
}
