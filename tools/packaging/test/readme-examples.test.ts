import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { readmeExamples } from '../src/readme.ts'
import { runTool } from '../src/run.ts'
import { publishedPackages } from '../src/workspace.ts'

const app = path.join(inject('packagingWorkDir'), 'app')

describe.each(publishedPackages())('the README of $manifest.name', (pkg) => {
  const examples = readmeExamples(pkg)

  it('has a TypeScript example to run', () => {
    expect(examples.length, `packages/${pkg.folder}/README.md has no \`\`\`ts block`).toBeGreaterThan(0)
  })

  it.each(examples)('runs $source as written, installed from the tarball', (example) => {
    const ran = runTool('tsx', [example.file], app)
    expect(ran.status, `${example.source} failed:\n${ran.output}`).toBe(0)
  })
})
