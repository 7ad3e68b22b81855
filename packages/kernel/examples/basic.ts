// Run: pnpm --filter @open-sds/kernel exec tsx --conditions=@open-sds/source examples/basic.ts
import { z } from 'zod'
import { parse } from '../src/index.ts'

const Support = z.strictObject({ description: z.string().min(1), weeklyPence: z.number().int().min(0) })

const result = parse(Support, { description: '', weeklyPence: -150 }, 'supports.0')
if (!result.ok) for (const problem of result.errors) console.log(`${problem.path}: ${problem.message}`)
// supports.0.description: Description cannot be empty
// supports.0.weeklyPence: Weekly pence must be 0 or more
