import { copyFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, expect, inject, it } from 'vitest'
import { runTool } from '../src/run.ts'

// docs/decisions/013-zod-policy.md: the packages depend on zod 4; an app on zod 3 keeps its own zod 3 beside it.
const app = path.join(inject('packagingWorkDir'), 'app-zod3')

beforeAll(() => {
  copyFileSync(path.resolve(import.meta.dirname, '../fixtures/zod3-app.ts'), path.join(app, 'zod3-app.ts'))
  const compilerOptions = {
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    target: 'ES2022',
    lib: ['ES2023'],
    types: ['node'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  }
  writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['zod3-app.ts'] }))
})

it('an app on zod 3 installs every package, which works with its own zod 4, and a zod 3 schema given to parse fails saying why', () => {
  const ran = runTool('tsx', ['zod3-app.ts'], app)
  expect(ran.status, ran.output).toBe(0)
  const report = JSON.parse(ran.output.split('\n').at(-1) ?? '{}') as Record<string, unknown>
  expect(report['appZodVersion']).toMatch(/^3\./)
  expect(report['packageErrors']).toEqual([
    { path: 'sections.0.questions.0.required', message: expect.stringMatching(/true or false/) },
  ])
  expect(report['appSchemaWorks']).toBe(true)
  expect(report['zod3Schema']).toMatch(/needs a zod 4 schema, and this is not one \(is it from zod 3\?\)/)
})

it('type-checks under --strict: the zod 3 schema is refused by the compiler too (its @ts-expect-error is needed)', () => {
  const ran = runTool('tsc', ['-p', 'tsconfig.json'], app)
  expect(ran.output).toBe('')
  expect(ran.status).toBe(0)
})
