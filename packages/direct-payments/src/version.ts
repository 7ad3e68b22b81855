/** The version of the direct-payment rules this package implements; kept with every result so history is never rewritten. */
export const RULES_VERSION = 'direct-payments-rules-2026.1'
