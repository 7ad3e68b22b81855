/*
 * The keys a person's name is found by (issue 18, decision 031). Staff type names as they hear them: without
 * accents ("Zoe" for "Zoë", "Siobhan" for "Siobhán"), with a slip of one letter ("Whitfeld"). Each name word is
 * stored twice: as typed letters with accents and punctuation taken off (`nameWords`), and as a sound key
 * (`soundKey`, Soundex) that slips of a vowel, a doubled letter or a like-sounding consonant do not change. The
 * database looks both up by index; `nameDistance` then ranks what it found, nearest first.
 */

// Letters that NFKD does not take apart into a base letter and an accent.
const FOLDED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' }

/**
 * A name's words in lower case with accents and punctuation taken off: "Siobhán O'Neill-Brown" gives
 * ["siobhan", "oneill", "brown"]. Apostrophes join (O'Neill is one word); spaces and hyphens part.
 */
export function nameWords(name: string): string[] {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => FOLDED[letter] ?? letter)
    .replace(/['’‘`]/g, '')
  return folded.split(/[^a-z]+/).filter((word) => word.length > 0)
}

const SOUND_CODES: Record<string, string> = {
  b: '1',
  f: '1',
  p: '1',
  v: '1',
  c: '2',
  g: '2',
  j: '2',
  k: '2',
  q: '2',
  s: '2',
  x: '2',
  z: '2',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
}

/**
 * The Soundex key of one word from `nameWords`: its first letter and the codes of the next three sounding
 * consonants ("whitfield" and "whitfeld" both give "w313"). Vowels part two like consonants; h and w do not.
 */
export function soundKey(word: string): string {
  const first = word[0]
  if (first === undefined) return ''
  let key = first
  let previous = SOUND_CODES[first] ?? ''
  for (const letter of word.slice(1)) {
    const code = SOUND_CODES[letter]
    if (code !== undefined && code !== previous) key += code
    if (key.length === 4) break
    if (letter !== 'h' && letter !== 'w') previous = code ?? ''
  }
  return key.padEnd(4, '0')
}

/** Every key a name is stored under: its words and their sound keys, each once. */
export function nameSearchKeys(name: string): { words: string[]; sounds: string[] } {
  const words = [...new Set(nameWords(name))]
  return { words, sounds: [...new Set(words.map(soundKey))] }
}

// Edit distance counting a swap of two neighbouring letters as one slip (optimal string alignment).
function slips(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  const at = (i: number, j: number) => rows[i]?.[j] ?? 0
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1)
      const row = rows[i]
      if (row) row[j] = best
    }
  }
  return at(a.length, b.length)
}

/**
 * How far a name is from what was typed, for ranking results (0 is nearest): for each typed word, the fewest slips
 * to any word of the name, where a typed word that begins a name word ("sio" of "siobhan") counts as no slip.
 */
export function nameDistance(typed: string, name: string): number {
  const candidates = nameWords(name)
  return nameWords(typed).reduce((total, word) => {
    const nearest = Math.min(
      ...candidates.map((candidate) => (candidate.startsWith(word) ? 0 : slips(word, candidate))),
      word.length,
    )
    return total + nearest
  }, 0)
}
