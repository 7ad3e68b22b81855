/** The version of the charging rules this engine implements; stored with every result so history is never rewritten. */
export const RULES_VERSION = 'charging-rules-2026.2'
