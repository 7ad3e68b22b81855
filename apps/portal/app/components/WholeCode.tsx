/** Longer than this, a code could be wider than a 320px screen kept on one line, so it may wrap (WCAG 1.4.10). */
const LONGEST_KEPT_WHOLE = 20

/** A code (a cost centre, a reference) kept on one line, not broken at its hyphens, when it fits a phone's screen. */
export function WholeCode({ code }: { code: string }) {
  return code.length <= LONGEST_KEPT_WHOLE ? <span className="app-whole-code">{code}</span> : <>{code}</>
}
