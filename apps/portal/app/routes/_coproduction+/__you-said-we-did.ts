/** How each status of a "you said, we did" action reads on a page. */
export const stateLabels = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  'not-doing': 'Not doing',
} as const
