// Distance on the Earth's surface between two points, for "near a place". Haversine on a sphere of the mean Earth
// radius (IUGG): within 0.5% of the true ellipsoidal distance, far finer than "within 5 miles" needs.

export type Point = { latitude: number; longitude: number }

/** The mean radius of the Earth in metres (IUGG R1). */
export const EARTH_RADIUS_METRES = 6_371_008.8

const radians = (degrees: number): number => (degrees * Math.PI) / 180

/** Metres between two points along the surface (great-circle distance by the haversine formula). */
export function distanceInMetres(from: Point, to: Point): number {
  const dLat = radians(to.latitude - from.latitude)
  const dLon = radians(to.longitude - from.longitude)
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLon / 2) ** 2
  // min() keeps rounding from taking asin past 1 for points on opposite sides of the Earth.
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)))
}
