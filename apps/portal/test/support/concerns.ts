import type { PortalClient } from '@open-sds/portal-harness'

/** Reports a concern as a neighbour would, in immediate danger or not: the response to the form (302 once stored). */
export const reportConcern = (client: PortalClient, inImmediateDanger: 'yes' | 'no', whatHappened: string) =>
  client.submit('/report-a-concern', {
    whatHappened,
    inImmediateDanger,
    actionsTaken: inImmediateDanger === 'yes' ? 'I called 999' : '',
    ageBand: '75-84',
    relationship: 'friend-or-neighbour',
  })
