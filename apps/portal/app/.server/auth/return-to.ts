const SITE = 'https://portal.invalid'

// Printable ASCII only, no backslash: anything a browser might strip, fold or read as a separator is refused, not
// cleaned up, because a cleaned-up address is one the person did not ask for.
const PATH_CHARACTERS = /^[\x21-\x5b\x5d-\x7e]+$/

/**
 * The page to go back to after signing in: only a path on this site. Browsers drop tabs and newlines from an address
 * and read a backslash as a slash, so `/\t/evil.example` or `/\evil.example` would leave the site; such a value is
 * refused, as is anything that is not plain printable ASCII. Null means "use the person's own home page".
 */
export function safeReturnTo(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return null
  if (!PATH_CHARACTERS.test(value)) return null
  let resolved: URL
  try {
    resolved = new URL(value, SITE)
  } catch {
    return null
  }
  if (resolved.origin !== SITE) return null
  const path = resolved.pathname + resolved.search + resolved.hash
  return path.startsWith('//') ? null : path
}
