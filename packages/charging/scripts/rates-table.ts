import { pathToFileURL } from 'node:url'
import { formatPounds, nationalRateTables, RATE_KEYS, RATE_LABELS, type Rate } from '@open-sds/charging'

const CAPITAL_KEYS: ReadonlySet<string> = new Set(['capitalUpperLimit', 'capitalLowerLimit', 'tariffCapitalStep'])

/** The README's table of national rates, generated from the tables so the two cannot drift apart. */
export function ratesTableMarkdown(): string {
  const sources: string[] = []
  const sourceNumber = (source: string): number => {
    if (!sources.includes(source)) sources.push(source)
    return sources.indexOf(source) + 1
  }
  const cell = (key: string, rate: Rate | null): string => {
    if (!rate) return '-'
    const amount = CAPITAL_KEYS.has(key) ? formatPounds(rate.pence).replace('.00', '') : formatPounds(rate.pence)
    const status = rate.status === 'confirmed' ? '' : ` [${rate.status}]`
    return `${amount}${status} (${sourceNumber(rate.source)})`
  }
  const years = nationalRateTables.map((table) => table.year)
  const lines = [
    `| rate (a week unless capital) | ${years.join(' | ')} |`,
    `| --- | ${years.map(() => '---').join(' | ')} |`,
  ]
  for (const key of RATE_KEYS) {
    lines.push(
      `| ${RATE_LABELS[key]} | ${nationalRateTables.map((table) => cell(key, table.rates[key])).join(' | ')} |`,
    )
  }
  return [...lines, '', 'Sources:', '', ...sources.map((source, index) => `${index + 1}. ${source}`)].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(ratesTableMarkdown())
