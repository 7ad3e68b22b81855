/** Names people see for fields, keyed by the last key of a path; anything not listed is spelt out from its key. */
export type FieldLabels = Readonly<Record<string, string>>

/** `whatPeopleSaid` -> `What people said`; `unitCostPence` -> `Unit cost (in pence)`; `weeklyPence` -> `Weekly amount (in pence)`. */
function spellOut(key: string): string {
  const pence = /.Pence$/.test(key)
  const words = (pence ? key.slice(0, -'Pence'.length) : key)
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim()
  const spelt = words.charAt(0).toUpperCase() + words.slice(1)
  if (!pence) return spelt
  // "weeklyPence" is a weekly amount: say so, rather than "Weekly (in pence)".
  return `${spelt}${/\b(weekly|monthly|annual|yearly|daily|hourly|off)$/.test(words) ? ' amount' : ''} (in pence)`
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1)

/**
 * The name of the field at `path`, in plain English, to start a message with: the last key spelt out (or its label),
 * "Item 2 of answers" for an entry of a list, "The input" for the whole of it.
 */
export function fieldName(path: readonly PropertyKey[], labels: FieldLabels = {}): string {
  const last = path.at(-1)
  if (last === undefined) return 'The input'
  if (typeof last === 'number') {
    const parent = path.length > 1 ? fieldName(path.slice(0, -1), labels) : undefined
    return parent === undefined ? `Item ${String(last + 1)}` : `Item ${String(last + 1)} of ${lowerFirst(parent)}`
  }
  const key = String(last)
  return labels[key] ?? spellOut(key)
}
