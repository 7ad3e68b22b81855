import type { CardStatement, CardTransaction } from './card-statement.js'

/**
 * What tells one card transaction from another, from what a prepaid-card statement carries: the day, the merchant or
 * description, the signed amount and (when the format has it) the balance after it. Two rows alike in all of these
 * (two £3.50 bus fares on one day, in a format with no balance) are told apart by their order: the first such row is
 * "#1", the second "#2", so a later statement with the same two rows and a third finds only the third new.
 */
export function transactionIdentities(transactions: readonly CardTransaction[]): string[] {
  const seen = new Map<string, number>()
  return transactions.map((row) => {
    const key = [
      row.date,
      String(row.pence),
      row.balancePence === undefined ? '' : String(row.balancePence),
      row.description,
    ].join('\u001f')
    const occurrence = (seen.get(key) ?? 0) + 1
    seen.set(key, occurrence)
    return `${key}#${String(occurrence)}`
  })
}

export type NewTransactions = {
  /** The statement with only the transactions not imported before (its problems kept). */
  statement: CardStatement
  /** The identity of each kept transaction, in order: stored so the next statement leaves them out. */
  identities: string[]
  /** How many of the statement's transactions were imported before and left out. */
  leftOut: number
}

/**
 * Leaves out of a statement the transactions already imported (by `transactionIdentities`), so a statement that
 * repeats last month's rows beside new ones counts only the new ones. The rows are compared in the order the file
 * gives them, as identities are numbered.
 */
export function leaveOutImported(statement: CardStatement, imported: ReadonlySet<string>): NewTransactions {
  const identities = transactionIdentities(statement.transactions)
  const kept: CardTransaction[] = []
  const keptIdentities: string[] = []
  statement.transactions.forEach((row, index) => {
    const identity = identities[index] ?? ''
    if (imported.has(identity)) return
    kept.push(row)
    keptIdentities.push(identity)
  })
  return {
    statement: { ...statement, transactions: kept },
    identities: keptIdentities,
    leftOut: statement.transactions.length - kept.length,
  }
}

/** What the person reads about rows left out: "12 transactions were already imported and were left out". */
export const leftOutWords = (leftOut: number) =>
  leftOut === 1
    ? '1 transaction was already imported and was left out'
    : `${String(leftOut)} transactions were already imported and were left out`
