import { describe, expect, it } from 'vitest'
import { formatPence, poundsToPence } from '../src/index.js'

describe('formatPence', () => {
  it('writes pence as pounds with thousands separators', () => {
    expect(formatPence(0)).toBe('£0.00')
    expect(formatPence(5)).toBe('£0.05')
    expect(formatPence(24_500)).toBe('£245.00')
    expect(formatPence(123_456)).toBe('£1,234.56')
    expect(formatPence(123_456_789)).toBe('£1,234,567.89')
    expect(formatPence(-50)).toBe('-£0.50')
  })
})

describe('poundsToPence', () => {
  it('turns pounds into exact pence without floating-point error', () => {
    expect(poundsToPence('0.29')).toBe(29)
    expect(poundsToPence('245.50')).toBe(24_550)
    expect(poundsToPence('245.5')).toBe(24_550)
    expect(poundsToPence('£1,245.05')).toBe(124_505)
    expect(poundsToPence(' 12 ')).toBe(1_200)
    expect(poundsToPence('1.005')).toBeUndefined()
    expect(poundsToPence('-3.00')).toBeUndefined()
    expect(poundsToPence('12,34')).toBeUndefined()
    expect(poundsToPence('')).toBeUndefined()
  })
})
