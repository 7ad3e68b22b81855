import { z } from 'zod'

const rungIds = [
  'coercion',
  'educating',
  'informing',
  'consultation',
  'engagement',
  'co-design',
  'co-production',
] as const

export const LadderRungSchema = z.enum(rungIds, {
  error: `The rung of the ladder must be one of: ${rungIds.join(', ')}`,
})
export type LadderRung = z.infer<typeof LadderRungSchema>

/**
 * The ladder of co-production (Think Local Act Personal), from the bottom rung up. Moving up is
 * progress. The summaries are ours, written to help someone choose a rung, not quoted from TLAP.
 */
export const ladderOfCoproduction = {
  source: 'Think Local Act Personal, the ladder of co-production',
  rungs: [
    {
      id: 'coercion',
      step: 1,
      label: 'Coercion',
      summary: 'People are made to attend or take part; they have no say.',
    },
    {
      id: 'educating',
      step: 2,
      label: 'Educating',
      summary: 'People are helped to understand a service or decision already made.',
    },
    { id: 'informing', step: 3, label: 'Informing', summary: 'People are told what is happening.' },
    {
      id: 'consultation',
      step: 4,
      label: 'Consultation',
      summary: 'People are asked for views, but the decisions stay elsewhere.',
    },
    {
      id: 'engagement',
      step: 5,
      label: 'Engagement',
      summary: 'People have more say and are listened to, but the power is still not shared.',
    },
    {
      id: 'co-design',
      step: 6,
      label: 'Co-design',
      summary: 'People help design the work, though not always deliver it or decide on it.',
    },
    {
      id: 'co-production',
      step: 7,
      label: 'Co-production',
      summary: 'An equal relationship: people share power in designing, deciding and delivering.',
    },
  ] satisfies Array<{ id: LadderRung; step: number; label: string; summary: string }>,
}

export const rungStep = (rung: LadderRung): number => rungIds.indexOf(rung) + 1
