import { describe, expect, it } from 'vitest'
import { csvField, csvLine } from '../src/index.ts'

describe('CSV fields and lines', () => {
  it('quotes a field only when it must, doubling quotes inside it', () => {
    expect(csvField('People with eligible needs')).toBe('People with eligible needs')
    expect(csvField('Fully, partly')).toBe('"Fully, partly"')
    expect(csvField('the "easy" answers')).toBe('"the ""easy"" answers"')
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"')
  })

  it('writes a field a spreadsheet would run as a formula as text', () => {
    expect(csvField('=HYPERLINK("http://example.com")')).toBe(`"'=HYPERLINK(""http://example.com"")"`)
    expect(csvField('+44')).toBe("'+44")
    expect(csvField('-5')).toBe("'-5")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('12')).toBe('12')
  })

  it('ends each line with CRLF', () => {
    expect(csvLine(['measure', 'count'])).toBe('measure,count\r\n')
  })
})
