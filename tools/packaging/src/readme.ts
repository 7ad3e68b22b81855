import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { WorkspacePackage } from './workspace.ts'

export type ReadmeExample = {
  /** A file name for the example in the consumer project, e.g. `readme-ras-1.ts`. */
  file: string
  /** Where it came from, for messages: `packages/ras/README.md, TypeScript block 1 (line 20)`. */
  source: string
  code: string
}

/** Every ```ts block of a package's README, exactly as written. Blocks in other languages are not examples to run. */
export function readmeExamples(pkg: WorkspacePackage): ReadmeExample[] {
  const text = readFileSync(path.join(pkg.dir, 'README.md'), 'utf8')
  const examples: ReadmeExample[] = []
  for (const match of text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
    const line = text.slice(0, match.index).split('\n').length + 1
    const number = examples.length + 1
    examples.push({
      file: `readme-${pkg.folder}-${number}.ts`,
      source: `packages/${pkg.folder}/README.md, TypeScript block ${number} (line ${line})`,
      code: match[1] ?? '',
    })
  }
  return examples
}
