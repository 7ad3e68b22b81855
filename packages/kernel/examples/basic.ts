// Run: pnpm --filter @open-sds/kernel exec tsx --conditions=@open-sds/source examples/basic.ts
import { z } from 'zod'
import {
  cellText,
  formatPence,
  nameDistance,
  nameWords,
  parse,
  parsePounds,
  soundKey,
  suppressTable,
  todayInEngland,
} from '@open-sds/kernel'

// 1. Results and plain-English parsing: nothing throws on bad input.
const Support = z.strictObject({ description: z.string().min(1), weeklyPence: z.number().int().min(0) })
const result = parse(Support, { description: '', weeklyPence: -150 }, 'supports.0')
if (!result.ok) for (const problem of result.errors) console.log(`${problem.path}: ${problem.message}`)
// supports.0.description: Description must not be empty
// supports.0.weeklyPence: Weekly amount (in pence) must be 0 or more

// 2. Money in whole pence, from what a person types and back.
const rent = parsePounds('£1,234.5', { label: 'your weekly rent' })
if (rent.ok) console.log(rent.value, formatPence(rent.value)) // 123450 £1,234.50
const wrong = parsePounds('12.345', { label: 'your weekly rent' })
if (!wrong.ok) console.log(wrong.errors[0]?.message) // Your weekly rent must be in pounds and pence, like 25.50: it cannot include a fraction of a penny

// 3. Today in England, from a clock reading the caller passes in.
console.log(todayInEngland(new Date('2026-03-31T23:30:00Z'))) // 2026-04-01 (British Summer Time)

// 4. Small-number suppression: 3 is hidden, and so is 12, or 3 could be had from the total.
const table = suppressTable([3, 40, 12, 0])
console.log(table.rows.map(cellText).join(' '), '| total', cellText(table.total)) // * 40 * 0 | total 55

// 5. The keys a name is found by: words without accents, their sounds, and how far a typed name is from one.
console.log(nameWords('Siobhán O’Neill'), soundKey('whitfeld') === soundKey('whitfield')) // [ 'siobhan', 'oneill' ] true
console.log(nameDistance('Mary Smtih', 'Mary Smith')) // 1
