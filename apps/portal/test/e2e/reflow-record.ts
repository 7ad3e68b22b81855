import { appendFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

// Every page a browser test checks at 320px is written down, so a run can say how many it checked (issue 19).
const record = path.resolve(import.meta.dirname, '../../test-results/reflow-checked.tsv')

/** Notes that the page at `url` was checked at 320px wide and did not scroll sideways. */
export function recordReflowChecked(label: string, url: string): void {
  mkdirSync(path.dirname(record), { recursive: true })
  appendFileSync(record, `${label}\t${url}\n`)
}

/** Addresses with their ids taken out, so one person's record and another's count as the same page. */
export function pageOf(url: string): string {
  const { pathname } = new URL(url)
  return pathname
    .replace(/\/[0-9a-f]{8}-[0-9a-f-]{27}(?=\/|$)/gi, '/:id')
    .replace(/\/[A-Z]{2}-\d{4}-\d+(?=\/|$)/g, '/:ref')
}

/** Vitest's global setup for the browser tests: starts the record afresh, and at the end says what it holds. */
export default function setup(): () => void {
  rmSync(record, { force: true })
  return () => {
    let lines: string[] = []
    try {
      lines = readFileSync(record, 'utf8').trim().split('\n').filter(Boolean)
    } catch {
      return
    }
    const pages = new Set(lines.map((line) => pageOf(line.split('\t')[1] ?? '')))
    console.log(`Reflow at 320px: ${lines.length} checks of ${pages.size} different pages, none scrolling sideways.`)
  }
}
