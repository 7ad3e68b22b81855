/**
 * The version of this package's own rules (how versions chain and which one applies on a date), stored beside each
 * council's RAS version so a change to either shows in the record.
 */
export const RAS_RULES_VERSION = 'ras-rules-2026.1'
