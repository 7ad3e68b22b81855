import {
  fail,
  isCalendarDate,
  nameSearchKeys,
  nameWords,
  ok,
  soundKey,
  type Issue,
  type Result,
} from '@open-sds/kernel'
import { isNhsNumber, normalisePostcode } from '@open-sds/statutory-returns'

/** What staff typed into "Find a person": any of the fields, each optional; blank is not given. */
export type PersonSearchInput = {
  name?: string | undefined
  /** YYYY-MM-DD. */
  dateOfBirth?: string | undefined
  postcode?: string | undefined
  nhsNumber?: string | undefined
  reference?: string | undefined
}

/** One index look-up: the people with this key, or (`prefix`) with a key beginning with it. */
export type KeyLookup = { kind: 'word' | 'sound' | 'nhs' | 'postcode' | 'outward' | 'ref'; key: string; prefix?: true }

/**
 * A search read and checked: each `required` group is one thing every person found must have (any key of the group
 * will do), strictly for the first pass and loosely (a name word also by its sound) for the second.
 */
export type PersonSearchQuery = {
  strict: KeyLookup[][]
  loose: KeyLookup[][]
  dateOfBirth?: string
  /** The whole reference, when more than its first eight characters was typed. */
  reference?: string
  /** The typed name, to rank what was found. */
  name?: string
  /** Which fields were used, for the audit entry (never what was typed in them). */
  fields: string[]
}

export const MIN_NAME_LETTERS = 2
export const REFERENCE_LENGTH = 8

const OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/

/** A postcode, or its first part ("NM1"), or its first part and the start of the second ("NM1 2"). */
function postcodeLookup(typed: string): KeyLookup | undefined {
  const full = normalisePostcode(typed)
  if (full) return { kind: 'postcode', key: full }
  const [outward = '', inward, ...rest] = typed.trim().toUpperCase().split(/\s+/)
  if (rest.length > 0 || !OUTWARD.test(outward)) return undefined
  if (inward === undefined) return { kind: 'outward', key: outward }
  return /^\d[A-Z]?$/.test(inward) ? { kind: 'postcode', key: `${outward} ${inward}`, prefix: true } : undefined
}

const given = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined)

/**
 * Reads what staff typed into a search, or says in plain English which field is wrong: too few letters of a name,
 * a postcode that is not one, an NHS number whose check digit is wrong, too short a reference, or nothing at all.
 */
export function parsePersonSearch(input: PersonSearchInput, today: string): Result<PersonSearchQuery> {
  const issues: Issue[] = []
  const strict: KeyLookup[][] = []
  const loose: KeyLookup[][] = []
  const both = (lookup: KeyLookup) => {
    strict.push([lookup])
    loose.push([lookup])
  }
  const query: Omit<PersonSearchQuery, 'strict' | 'loose'> = { fields: [] }

  const name = given(input.name)
  if (name !== undefined) {
    const words = nameWords(name)
    if (!words.some((word) => word.length >= MIN_NAME_LETTERS)) {
      issues.push({ path: 'name', message: `Enter at least ${String(MIN_NAME_LETTERS)} letters of the name` })
    } else {
      for (const word of new Set(words)) {
        const beginning: KeyLookup = { kind: 'word', key: word, prefix: true }
        strict.push([beginning])
        loose.push([beginning, { kind: 'sound', key: soundKey(word) }])
      }
      query.name = name
      query.fields.push('name')
    }
  }

  const dateOfBirth = given(input.dateOfBirth)
  if (dateOfBirth !== undefined) {
    if (!isCalendarDate(dateOfBirth)) issues.push({ path: 'dateOfBirth', message: 'Date of birth must be a real date' })
    else if (dateOfBirth > today)
      issues.push({ path: 'dateOfBirth', message: 'Date of birth must be today or in the past' })
    else {
      query.dateOfBirth = dateOfBirth
      query.fields.push('dateOfBirth')
    }
  }

  const postcode = given(input.postcode)
  if (postcode !== undefined) {
    const lookup = postcodeLookup(postcode)
    if (!lookup) issues.push({ path: 'postcode', message: 'Enter a postcode or its first part, like NM1 2AB or NM1' })
    else {
      both(lookup)
      query.fields.push('postcode')
    }
  }

  const nhsNumber = given(input.nhsNumber)
  if (nhsNumber !== undefined) {
    const digits = nhsNumber.replace(/[\s-]/g, '')
    if (!/^\d{10}$/.test(digits)) issues.push({ path: 'nhsNumber', message: 'NHS number must be 10 digits' })
    else if (!isNhsNumber(digits))
      issues.push({ path: 'nhsNumber', message: 'This is not a real NHS number: check each digit' })
    else {
      both({ kind: 'nhs', key: digits })
      query.fields.push('nhsNumber')
    }
  }

  const reference = given(input.reference)?.toLowerCase()
  if (reference !== undefined) {
    if (reference.length < REFERENCE_LENGTH || !/^[0-9a-f-]+$/.test(reference))
      issues.push({
        path: 'reference',
        message: `Enter at least the first ${String(REFERENCE_LENGTH)} characters of the reference, like 0b7e4f7c`,
      })
    else {
      both({ kind: 'ref', key: reference.slice(0, REFERENCE_LENGTH) })
      if (reference.length > REFERENCE_LENGTH) query.reference = reference
      query.fields.push('reference')
    }
  }

  if (issues.length > 0) return fail(...issues)
  if (query.fields.length === 0)
    return fail({ path: 'name', message: 'Enter a name, date of birth, postcode, NHS number or reference' })
  return ok({ ...query, strict, loose })
}

/** The keys a person is stored under, from their name and the NHS number and postcode recorded for the returns. */
export function personKeys(person: {
  id: string
  displayName: string
  nhsNumber?: string | null
  postcode?: string | null
}): Array<{ kind: KeyLookup['kind']; key: string }> {
  const keys: Array<{ kind: KeyLookup['kind']; key: string }> = [
    { kind: 'ref', key: person.id.toLowerCase().slice(0, REFERENCE_LENGTH) },
  ]
  const { words, sounds } = nameSearchKeys(person.displayName)
  for (const word of words) keys.push({ kind: 'word', key: word })
  for (const sound of sounds) keys.push({ kind: 'sound', key: sound })
  const digits = person.nhsNumber?.replace(/[\s-]/g, '')
  if (digits) keys.push({ kind: 'nhs', key: digits })
  const postcode = person.postcode ? normalisePostcode(person.postcode) : null
  if (postcode) {
    keys.push({ kind: 'postcode', key: postcode })
    keys.push({ kind: 'outward', key: postcode.split(' ')[0] ?? postcode })
  }
  return keys
}
