import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fail, formatPence, issue, ok, parsePounds, penceToPounds, poundsToPence } from '../src/index.ts'

describe('formatPence', () => {
  it('writes pence as pounds for people, with commas and always two figures of pence', () => {
    expect(formatPence(0)).toBe('£0.00')
    expect(formatPence(5)).toBe('£0.05')
    expect(formatPence(24_500)).toBe('£245.00')
    expect(formatPence(123_456)).toBe('£1,234.56')
    expect(formatPence(123_456_789)).toBe('£1,234,567.89')
  })

  it('puts the sign of a negative amount before the pound sign', () => {
    expect(formatPence(-50)).toBe('-£0.50')
    expect(formatPence(-123_456)).toBe('-£1,234.56')
  })

  it('can leave off .00 from a round amount, as GOV.UK writes capital limits', () => {
    expect(formatPence(2_325_000, { omitZeroPence: true })).toBe('£23,250')
    expect(formatPence(2_325_050, { omitZeroPence: true })).toBe('£23,250.50')
  })

  it('refuses a fraction of a penny, which is a programming error', () => {
    expect(() => formatPence(10.5)).toThrow(RangeError)
  })
})

describe('penceToPounds', () => {
  it('gives back what a person would type', () => {
    expect(penceToPounds(2_690)).toBe('26.90')
    expect(penceToPounds(7)).toBe('0.07')
    expect(penceToPounds(123_456)).toBe('1234.56')
    expect(penceToPounds(-50)).toBe('-0.50')
  })
})

describe('parsePounds', () => {
  it('reads amounts as people type them, exactly', () => {
    expect(parsePounds('£1,234.50')).toEqual(ok(123_450))
    expect(parsePounds('12')).toEqual(ok(1_200))
    expect(parsePounds('12.5')).toEqual(ok(1_250))
    expect(parsePounds(' 3.05 ')).toEqual(ok(305))
    expect(parsePounds('0.29')).toEqual(ok(29))
    expect(parsePounds('£ 7')).toEqual(ok(700))
    expect(parsePounds('0')).toEqual(ok(0))
  })

  it('says plainly what is wrong, naming the amount', () => {
    const rent = { label: 'your weekly rent', path: 'rent' }
    expect(parsePounds('', rent)).toEqual(fail(issue('rent', 'Enter your weekly rent')))
    expect(parsePounds('-3.00', rent)).toEqual(
      fail(issue('rent', 'Your weekly rent must be 0 or more, not a negative amount')),
    )
    expect(parsePounds('-£3', rent)).toEqual(
      fail(issue('rent', 'Your weekly rent must be 0 or more, not a negative amount')),
    )
    expect(parsePounds('twelve', rent)).toEqual(
      fail(issue('rent', 'Your weekly rent must be an amount of money in numbers, like 25.50')),
    )
    expect(parsePounds('12,34', rent)).toEqual(
      fail(issue('rent', 'Your weekly rent must be an amount of money in numbers, like 25.50')),
    )
    expect(parsePounds('1.005', rent)).toEqual(
      fail(
        issue(
          'rent',
          'Your weekly rent must be in pounds and pence, like 25.50: it cannot include a fraction of a penny',
        ),
      ),
    )
    expect(parsePounds('100000000.01', rent)).toEqual(
      fail(issue('rent', 'Your weekly rent must be no more than £100,000,000: check the amount')),
    )
    expect(parsePounds('99999999999999999999', rent)).toEqual(
      fail(issue('rent', 'Your weekly rent must be no more than £100,000,000: check the amount')),
    )
  })

  it('accepts the largest amount and calls the amount "the amount" when not told its name', () => {
    expect(parsePounds('100,000,000')).toEqual(ok(10_000_000_000))
    expect(parsePounds('abc')).toEqual(fail(issue('', 'The amount must be an amount of money in numbers, like 25.50')))
  })

  it('poundsToPence gives the pence or undefined', () => {
    expect(poundsToPence('£1,245.05')).toBe(124_505)
    expect(poundsToPence('1.005')).toBeUndefined()
  })

  it('reads back every amount it writes, with or without the pound sign and commas (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (pence) => {
        expect(parsePounds(formatPence(pence))).toEqual(ok(pence))
        expect(parsePounds(penceToPounds(pence))).toEqual(ok(pence))
      }),
    )
  })

  it('never throws, whatever is typed (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof parsePounds(text).ok).toBe('boolean')
      }),
    )
  })
})
