/** The version of the carers' rules this package implements; kept with every result so history is never rewritten. */
export const CARERS_RULES_VERSION = 'carers-rules-2026.1'
