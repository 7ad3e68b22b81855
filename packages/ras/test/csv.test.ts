import { describe, expect, it } from 'vitest'
import { parseCalibrationCsv } from '../src/index.js'

describe('parseCalibrationCsv', () => {
  it('keeps every good row and reports every bad one by line number with its reasons', () => {
    const csv = [
      'case_id,points,actual_weekly_cost',
      'C001,12,245.50',
      'C002,twelve,100',
      '',
      'C003,30,0.29',
      ',5,£1.00',
      'C004,8,12.345',
      'C005,8',
      'C001,9,10.00',
      '"C,006",40,"1,250.00"',
      'C007,7.5,-3',
    ].join('\r\n')
    expect(parseCalibrationCsv(csv)).toEqual({
      ok: true,
      value: {
        cases: [
          { caseId: 'C001', points: 12, actualWeeklyPence: 24_550 },
          { caseId: 'C003', points: 30, actualWeeklyPence: 29 },
          { caseId: 'C,006', points: 40, actualWeeklyPence: 125_000 },
        ],
        rejectedRows: [
          { line: 3, text: 'C002,twelve,100', reasons: ['points must be a whole number of 0 or more, not "twelve"'] },
          { line: 6, text: ',5,£1.00', reasons: ['case_id is empty'] },
          {
            line: 7,
            text: 'C004,8,12.345',
            reasons: [
              'actual_weekly_cost must be an amount in pounds of 0 or more with at most 2 decimal places, such as 245.50, not "12.345"',
            ],
          },
          { line: 8, text: 'C005,8', reasons: ['It has 2 values but the header has 3'] },
          { line: 9, text: 'C001,9,10.00', reasons: ['case_id "C001" is already on line 2'] },
          {
            line: 11,
            text: 'C007,7.5,-3',
            reasons: [
              'points must be a whole number of 0 or more, not "7.5"',
              'actual_weekly_cost must be an amount in pounds of 0 or more with at most 2 decimal places, such as 245.50, not "-3"',
            ],
          },
        ],
        ignoredColumns: [],
      },
    })
  })

  it('reads columns in any order, ignores (and lists) extra ones, and copes with a byte order mark', () => {
    const result = parseCalibrationCsv(
      '\uFEFFActual_Weekly_Cost,team,case_id,points\n99.99,North,X1,3\n"unclosed,North,X2,4\n',
    )
    expect(result).toEqual({
      ok: true,
      value: {
        cases: [{ caseId: 'X1', points: 3, actualWeeklyPence: 9_999 }],
        rejectedRows: [{ line: 3, text: '"unclosed,North,X2,4', reasons: ['It has a quote that is not closed'] }],
        ignoredColumns: ['team'],
      },
    })
  })

  it('refuses a file without the right header', () => {
    expect(parseCalibrationCsv('id,score,cost\n1,2,3')).toEqual({
      ok: false,
      errors: [
        {
          path: 'line.1',
          message:
            'The first line must be the header case_id,points,actual_weekly_cost; it has no case_id, points or actual_weekly_cost column',
        },
      ],
    })
  })
})
