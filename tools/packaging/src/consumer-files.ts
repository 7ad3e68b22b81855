import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { readmeExamples } from './readme.ts'
import type { WorkspacePackage } from './workspace.ts'

/** The three ways a supplier's TypeScript may resolve modules; each must find every package's types. */
export const resolutions = {
  NodeNext: { module: 'NodeNext', moduleResolution: 'NodeNext' },
  Bundler: { module: 'ESNext', moduleResolution: 'Bundler' },
  Node10: { module: 'ESNext', moduleResolution: 'Node10' },
} as const

export type Resolution = keyof typeof resolutions

export const tsconfigFile = (resolution: Resolution) => `tsconfig.${resolution.toLowerCase()}.json`

/** A file that imports every published package, so the type check covers each package's whole declaration tree. */
function allPackagesFile(packages: WorkspacePackage[]): string {
  const binding = (pkg: WorkspacePackage) =>
    pkg.folder.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
  const imports = packages.map((pkg) => `import * as ${binding(pkg)} from '${pkg.manifest.name}'`)
  const names = packages.map((pkg) => `  ${binding(pkg)}: Object.keys(${binding(pkg)}),`)
  return [...imports, '', 'export const exportedNames: Record<string, string[]> = {', ...names, '}', ''].join('\n')
}

/**
 * Writes into the consumer project: each README example as its own file, the file importing every package, and one
 * tsconfig per module resolution, each strict. skipLibCheck, as most projects have it, keeps the check fast (checking
 * drizzle's and @types/node's declarations costs half a minute a run); test/module-resolution.test.ts reads the
 * resolution trace instead to prove that every import in the packages' declarations finds its types.
 */
export function writeConsumerFiles(dir: string, packages: WorkspacePackage[]): string[] {
  const examples = packages.flatMap(readmeExamples)
  for (const example of examples) writeFileSync(path.join(dir, example.file), example.code)
  writeFileSync(path.join(dir, 'all-packages.ts'), allPackagesFile(packages))
  const files = ['all-packages.ts', ...examples.map((example) => example.file)]
  for (const [resolution, options] of Object.entries(resolutions)) {
    const compilerOptions = {
      ...options,
      target: 'ES2022',
      lib: ['ES2023'],
      types: ['node'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    }
    writeFileSync(
      path.join(dir, tsconfigFile(resolution as Resolution)),
      `${JSON.stringify({ compilerOptions, files }, null, 2)}\n`,
    )
  }
  return files
}
