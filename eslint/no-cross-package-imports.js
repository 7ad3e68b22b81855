// A package is used through its name and its public exports, never by a path into its folder. A relative import
// that climbs out of one workspace package into another, or a bare import of another package's src/ or dist/,
// couples the two to files their owner may move at any time, and works inside this repository only: a supplier who
// installs the package from npm would get a broken import.
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

const repositoryRoot = path.resolve(import.meta.dirname, '..')
const packageRoots = new Map()

/** The folder of the nearest package.json at or above `folder` (the repository root at the top). */
function packageRootOf(folder) {
  const cached = packageRoots.get(folder)
  if (cached !== undefined) return cached
  let root
  if (existsSync(path.join(folder, 'package.json'))) root = folder
  else if (folder === repositoryRoot || path.dirname(folder) === folder) root = folder
  else root = packageRootOf(path.dirname(folder))
  packageRoots.set(folder, root)
  return root
}

function folderOf(target) {
  return existsSync(target) && statSync(target).isDirectory() ? target : path.dirname(target)
}

const internalsOfAPackage = /^(@[^/]+\/)?[^/.@][^/]*\/(src|dist)(\/|$)/

/** @type {import('eslint').Rule.RuleModule} */
export const noCrossPackageImports = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Packages import each other by name and public exports, never by a path into another package',
    },
    schema: [],
    messages: {
      relative:
        "'{{specifier}}' reaches from {{from}} into {{into}}: import that package by its name and public exports instead.",
      internals:
        "'{{specifier}}' reaches into a package's {{folder}}/ folder: import it by its name and public exports instead.",
    },
  },
  create(context) {
    const filename = context.physicalFilename
    if (!path.isAbsolute(filename)) return {}
    const importer = packageRootOf(path.dirname(filename))

    function check(node, specifier) {
      if (typeof specifier !== 'string') return
      if (specifier.startsWith('.')) {
        const target = packageRootOf(folderOf(path.resolve(path.dirname(filename), specifier)))
        // Shared configuration at the repository root (vitest.shared.ts) belongs to no package.
        if (target === importer || target === repositoryRoot) return
        context.report({
          node,
          messageId: 'relative',
          data: {
            specifier,
            from: path.relative(repositoryRoot, importer) || 'the repository root',
            into: path.relative(repositoryRoot, target),
          },
        })
        return
      }
      const internals = internalsOfAPackage.exec(specifier)
      if (internals) context.report({ node, messageId: 'internals', data: { specifier, folder: internals[2] } })
    }

    const checkSource = (node) => {
      if (node.source && node.source.type === 'Literal') check(node.source, node.source.value)
    }
    return {
      ImportDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      ExportNamedDeclaration: checkSource,
      ImportExpression: checkSource,
      TSImportType(node) {
        const literal = node.argument && node.argument.type === 'TSLiteralType' ? node.argument.literal : undefined
        if (literal && literal.type === 'Literal') check(literal, literal.value)
      },
      TSExternalModuleReference(node) {
        if (node.expression.type === 'Literal') check(node.expression, node.expression.value)
      },
    }
  },
}
