import type { RasConfig } from '@open-sds/plugin-sdk'
import { allocationTable } from './ras/allocation-table.generated.js'
import { northmoorScoring } from './ras/scoring.js'

/*
 * Northmoor's ILLUSTRATIVE resource allocation system. The points come from src/ras/scoring.ts; the allocation table
 * is calibrated on synthetic cases by scripts/calibrate.ts. The additions, caps and limits are made up. Every
 * explanation built from it says it is illustrative.
 */
export const northmoorRas: RasConfig = {
  id: 'northmoor-ras',
  version: '2025.1',
  title: 'Northmoor County Council’s illustrative RAS',
  effectiveFrom: '2025-04-01',
  illustrative: true,
  ...northmoorScoring,
  source:
    `Illustrative: allocation table calibrated on ${allocationTable.caseCount} synthetic cases (${allocationTable.source}, ` +
    `data as of ${allocationTable.dataAsOf}); additions, caps and limits made up. Not any real council’s figures`,
  money: { method: 'bands', bands: allocationTable.bands },
  additions: [
    {
      id: 'night-support',
      title: 'Night support',
      when: { op: 'equals', question: 'night-support', value: true },
      weeklyPence: 25_000,
    },
    {
      id: 'two-carers',
      title: 'Needing two carers at once',
      when: { op: 'equals', question: 'two-carers', value: true },
      weeklyPence: 12_000,
    },
    {
      id: 'carer-breaks',
      title: 'Breaks for your family carer',
      when: { op: 'equals', question: 'carer-breaks', value: true },
      weeklyPence: 4_000,
    },
  ],
  minimumWeeklyPence: 5_000,
  maximumWeeklyPence: 150_000,
  livingSituationCaps: {
    question: 'living-situation',
    caps: [
      { answer: 'supported-living', label: 'people in supported living', weeklyPence: 130_000 },
      { answer: 'shared-lives', label: 'people living with a Shared Lives carer', weeklyPence: 90_000 },
    ],
  },
}
