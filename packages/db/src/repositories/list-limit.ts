/** A page size for lists, newest first: 50 unless asked, never fewer than 1 or more than 1000. */
export const clampListLimit = (limit = 50): number => Math.min(Math.max(Math.trunc(limit), 1), 1000)
