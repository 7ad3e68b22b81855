import { describe, expect, it } from 'vitest'
import { nameDistance, nameSearchKeys, nameWords, soundKey } from '../src/index.ts'

describe('the keys a name is found by (issue 18)', () => {
  it('takes accents and punctuation off, so "Zoe" and "Siobhan" are the words of "Zoë" and "Siobhán"', () => {
    expect(nameWords('Zoë Ó Briain')).toEqual(['zoe', 'o', 'briain'])
    expect(nameWords("Siobhán O'Neill-Brown")).toEqual(['siobhan', 'oneill', 'brown'])
    expect(nameWords('Jürgen Straße, Łukasz')).toEqual(['jurgen', 'strasse', 'lukasz'])
    expect(nameWords('  ')).toEqual([])
  })

  it('gives the Soundex key of a word (the worked examples of the US National Archives)', () => {
    expect(soundKey('robert')).toBe('r163')
    expect(soundKey('rupert')).toBe('r163')
    expect(soundKey('ashcraft')).toBe('a261')
    expect(soundKey('tymczak')).toBe('t522')
    expect(soundKey('pfister')).toBe('p236')
    expect(soundKey('lee')).toBe('l000')
  })

  it('gives a one-letter slip the same sound key as the name', () => {
    expect(soundKey('whitfeld')).toBe(soundKey('whitfield'))
    expect(soundKey('morgen')).toBe(soundKey('morgan'))
    expect(soundKey('smtih')).toBe(soundKey('smith'))
    expect(soundKey('jonson')).toBe(soundKey('johnson'))
  })

  it('stores each word and each sound once', () => {
    expect(nameSearchKeys('Anna Anna Ana')).toEqual({ words: ['anna', 'ana'], sounds: ['a500'] })
  })

  it('ranks the nearer name first: a beginning or an exact word is no slip, a swap is one', () => {
    expect(nameDistance('Zoe', 'Zoë Smith')).toBe(0)
    expect(nameDistance('sio', 'Siobhán Kelly')).toBe(0)
    expect(nameDistance('Smtih', 'Mary Smith')).toBe(1)
    expect(nameDistance('Mary Smyth', 'Mary Smith')).toBe(1)
    expect(nameDistance('Mary Smith', 'Mary Smith')).toBeLessThan(nameDistance('Mary Smith', 'Marie Smyth'))
  })
})
