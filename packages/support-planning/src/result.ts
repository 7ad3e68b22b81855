// One Result shape across Open SDS: the same type and helpers as @open-sds/outcomes, re-exported so callers of this
// package need import nothing else.
export type { FieldLabels, Issue, Result } from '@open-sds/outcomes'
export { fail, ok, parseWith } from '@open-sds/outcomes'
