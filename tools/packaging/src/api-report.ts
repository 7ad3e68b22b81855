import path from 'node:path'
import ts from 'typescript'
import type { WorkspacePackage } from './workspace.ts'

/** Where a package's recorded public API lives: `packages/ras/api/ras.api.md`. */
export const reportPath = (pkg: WorkspacePackage) => path.join(pkg.dir, 'api', `${pkg.folder}.api.md`)
export const reportPathInRepository = (pkg: WorkspacePackage) => `packages/${pkg.folder}/api/${pkg.folder}.api.md`

export const updateCommand = 'pnpm api:update'

/** `packages/kernel/dist/index.d.ts` -> `@open-sds/kernel`; `node_modules/zod/...` -> `zod`: who declares a name. */
function ownerOf(file: string, packages: WorkspacePackage[]): string {
  const ours = packages.find((pkg) => file.startsWith(`${pkg.dir}${path.sep}`))
  if (ours) return ours.manifest.name
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(file)
  return match?.[1] ?? path.basename(file)
}

/**
 * One declaration as the compiler emitted it, without `export`/`declare` (the same whether a name is declared in the
 * entry point or re-exported from another file) and without comments, so rewording a doc comment is not an API
 * change but any change to a name, a parameter, a type or a schema's shape is.
 */
function declarationText(declaration: ts.Declaration): string {
  if (ts.isVariableDeclaration(declaration)) {
    const list = declaration.parent
    const keyword = ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const ? 'const' : 'let'
    return `${keyword} ${declaration.getText()};`
  }
  if (ts.isSourceFile(declaration)) return `namespace (the module ${path.basename(declaration.fileName)})`
  return declaration.getText().replace(/^(export\s+)?(default\s+)?(declare\s+)?/, '')
}

/**
 * The public API of each package, read from its built declarations (`dist/index.d.ts`) with the TypeScript compiler:
 * every name its entry point exports, sorted, with each declaration's text. One program serves every package; the
 * packages' own imports of each other resolve to their built declarations as a supplier's would (no source condition).
 */
export function apiReports(packages: WorkspacePackage[]): Map<string, string> {
  const entries = packages.map((pkg) => path.join(pkg.dir, 'dist', 'index.d.ts'))
  const program = ts.createProgram(entries, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: [],
    noEmit: true,
    skipLibCheck: true,
  })
  const checker = program.getTypeChecker()
  const reports = new Map<string, string>()
  for (const [index, pkg] of packages.entries()) {
    const entry = program.getSourceFile(entries[index] ?? '')
    const moduleSymbol = entry && checker.getSymbolAtLocation(entry)
    if (!moduleSymbol)
      throw new Error(`${pkg.manifest.name} has no built declarations at dist/index.d.ts: build it first`)
    const sections = checker
      .getExportsOfModule(moduleSymbol)
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
      .map((exported) => {
        const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
        const declarations = target.declarations ?? []
        const owners = [
          ...new Set(declarations.map((declaration) => ownerOf(declaration.getSourceFile().fileName, packages))),
        ]
        const from = owners.filter((owner) => owner !== pkg.manifest.name)
        const heading = `## ${exported.name}${from.length > 0 ? ` (from ${from.join(', ')})` : ''}`
        const body = declarations.map(declarationText).join('\n\n')
        return `${heading}\n\n\`\`\`ts\n${body}\n\`\`\`\n`
      })
    const header = [
      `# API report: ${pkg.manifest.name}`,
      '',
      `Every name \`${pkg.manifest.name}\` exports, read from its built declarations. Written by \`${updateCommand}\`; do not`,
      'edit by hand. `npm test` fails while this differs from the build, and a change to it needs a changeset naming',
      'the package (docs/decisions/014-api-reports.md).',
      '',
    ].join('\n')
    reports.set(pkg.manifest.name, `${header}\n${sections.join('\n')}`)
  }
  return reports
}
