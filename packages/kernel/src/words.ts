/** "a", "a or b", "a, b or c": lists in messages, written as a person would say them. */
export function orList(items: readonly string[]): string {
  return listWords(items, 'or')
}

/** "a", "a and b", "a, b and c". */
export function andList(items: readonly string[]): string {
  return listWords(items, 'and')
}

export function listWords(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`
}

/** "the text "two"", "12", "a list": a value as a person would name it, never a dump of code or a whole object. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'empty (null)'
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}...` : value}"`
  if (typeof value === 'number') return Number.isNaN(value) ? 'not a number (NaN)' : String(value)
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return 'a date'
  if (typeof value === 'object') return 'a group of fields'
  return `a ${typeof value}`
}
