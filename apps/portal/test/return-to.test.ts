import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeReturnTo } from '~/.server/auth/return-to'

// Issue 13: `returnTo` accepts only a path on this site, after normalisation as a browser would do it.
describe('safeReturnTo', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeReturnTo('/admin/audit')).toBe('/admin/audit')
    expect(safeReturnTo('/people/abc/plan?step=2')).toBe('/people/abc/plan?step=2')
  })

  it.each([
    ['a tab a browser would drop, leaving //evil.example', '/\t/evil.example'],
    ['a newline', '/\n/evil.example'],
    ['a carriage return', '/\r/evil.example'],
    ['two slashes', '//evil.example'],
    ['a backslash', '/\\evil.example'],
    ['a backslash after the slash', '\\/evil.example'],
    ['an absolute address', 'https://evil.example/'],
    ['a scheme-like path', 'javascript:alert(1)'],
    ['a NUL', '/admin\u0000'],
    ['a DEL', '/admin\u007f'],
    ['a no-break space', '/\u00a0/evil.example'],
    ['an ideographic space', '/\u3000/evil.example'],
    ['a line separator', '/\u2028/evil.example'],
    ['a percent-encoded tab, decoded once already', decodeURIComponent('/%09/evil')],
    ['nothing at all', ''],
    ['a relative path', 'admin'],
  ])('refuses %s', (_why, value) => {
    expect(safeReturnTo(value)).toBeNull()
  })

  it('never gives anything that a browser would resolve off this site, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.constantFrom('', '/', '//', '/\t', '\\', '/\\'),
        (text, prefix) => {
          const chosen = safeReturnTo(prefix + text)
          if (chosen === null) return
          expect(chosen.startsWith('/')).toBe(true)
          expect(chosen.startsWith('//')).toBe(false)
          expect(chosen).toMatch(/^[\x21-\x7e]+$/)
          expect(chosen).not.toContain('\\')
          // As a browser would read it: strip tabs and newlines, then resolve against this site.
          expect(new URL(chosen.replace(/[\t\n\r]/g, ''), 'https://portal.example').origin).toBe(
            'https://portal.example',
          )
        },
      ),
      { numRuns: 300 },
    )
  })
})
