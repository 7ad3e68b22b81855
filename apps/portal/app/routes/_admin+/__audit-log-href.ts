/** What the audit log is narrowed to: each filter is a GET field, so a filtered page can be bookmarked and shared. */
export type AuditFilters = { person: string; actor: string; action: string }

/** The address of the log with these filters (and any extra fields), for links that keep the filters. */
export function auditLogHref(path: string, filters: AuditFilters, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries({ ...filters, ...extra })) if (value) query.set(name, value)
  const text = query.toString()
  return text ? `${path}?${text}` : path
}
