/**
 * The one stored form of an email address: trimmed and lower-cased, so `Sam@Example.org ` and `sam@example.org`
 * are the same account. (Strictly the part before the @ may be case-sensitive; no mail service people use treats it so,
 * and two accounts differing only by case would be a trap.)
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}
