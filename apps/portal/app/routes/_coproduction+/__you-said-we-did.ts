import { actionStatusLabels } from '@open-sds/coproduction'

/** How each status of a "you said, we did" action reads on a page, in the co-production package's words. */
export const stateLabels = actionStatusLabels
