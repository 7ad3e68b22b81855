// One Result/Issue shape across Open SDS: the RAS reuses the questionnaire's rather than defining a copy.
export type { Issue, Result } from '@open-sds/questionnaire'
export { fail, ok } from '@open-sds/questionnaire'
