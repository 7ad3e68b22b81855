import type { Point } from './distance.js'

// "Near a place": the person types a town or a postcode, and the council's list of places for its area (from its
// plugin, so no lookup service is needed) gives the point to measure from.

/** A town or postcode district of the area, with a point near its middle. */
export type Place = Point & { name: string }

/** Upper case, no accents, no spaces or punctuation: "Harlow-Green", "harlow green" and "HARLOWGREEN" agree. */
const keyOf = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')

/** A full UK postcode's outward code (its district): "NM1 1AA" and "nm11aa" give "NM1". */
const districtOf = (key: string): string | undefined => /^([A-Z]{1,2}[0-9][A-Z0-9]?)[0-9][A-Z]{2}$/.exec(key)?.[1]

/**
 * The place a person typed: a town or district by its name, or a full postcode by its district. Undefined when the
 * list does not know it, for the page to say so.
 */
export function findPlace(places: readonly Place[], typed: string): Place | undefined {
  const key = keyOf(typed)
  if (key === '') return undefined
  const byName = places.find((place) => keyOf(place.name) === key)
  if (byName) return byName
  const district = districtOf(key)
  return district === undefined ? undefined : places.find((place) => keyOf(place.name) === district)
}
