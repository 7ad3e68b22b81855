/** One import that did not reach type declarations: `from` imports `specifier`, which resolved to `to` (or nothing). */
export type Unresolved = { from: string; specifier: string; to: string | null }

const resolving = /^======== Resolving module '(.+)' from '(.+)'\. ========$/
const resolved = /^======== Module name '(.+)' was (?:successfully resolved to '(.+?)'|not resolved)/

/**
 * Reads `tsc --traceResolution` and lists the imports made by the chosen files (`isOurs`) that found no type
 * declarations: unresolved, or resolved to JavaScript (implicitly `any`). With skipLibCheck, which the check needs to
 * stay fast and which most suppliers use, tsc itself says nothing about either inside a package's .d.ts files: the
 * types just quietly turn into `any`. Node's built-in modules (`node:*`) come from @types/node's ambient declarations.
 */
export function importsWithoutTypes(trace: string, isOurs: (file: string) => boolean): Unresolved[] {
  const found: Unresolved[] = []
  let current: { specifier: string; from: string } | undefined
  for (const line of trace.split('\n')) {
    const start = resolving.exec(line)
    if (start) {
      current = { specifier: start[1] ?? '', from: start[2] ?? '' }
      continue
    }
    const end = resolved.exec(line)
    if (!end || current === undefined) continue
    const to = end[2] ?? null
    const declarations = to !== null && /\.d\.[mc]?ts$|(?<!\.d)\.tsx?$/.test(to)
    // tsc also looks for `@typescript/lib-*` packages that would replace its own lib files; none is expected.
    const builtIn = current.specifier.startsWith('node:') || current.specifier.startsWith('@typescript/lib-')
    if (isOurs(current.from) && !declarations && !builtIn) found.push({ ...current, to })
    current = undefined
  }
  return found
}
