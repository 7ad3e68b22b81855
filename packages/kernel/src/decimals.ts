/*
 * Exact arithmetic on numbers that people and councils write as decimals (a 90.5% taper, 0.29 points an hour).
 * A JavaScript number cannot hold 0.29 exactly, so multiplying floats and snapping the result with an epsilon is a
 * guess. Instead each number is read as the decimal it is written as (its shortest round-trip form, which is what
 * `String(0.29)` gives: "0.29"), and the arithmetic is done on whole numbers.
 */

type Decimal = { units: bigint; scale: number } // units / 10^scale

const WRITTEN = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/

function decimalOf(value: number, name: string): Decimal {
  const match = Number.isFinite(value) ? WRITTEN.exec(String(value)) : null
  if (match === null) throw new RangeError(`${name} needs a finite number, not ${String(value)}`)
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match
  const units = BigInt(`${sign}${whole}${fraction}`)
  const scale = fraction.length - Number(exponent)
  return scale >= 0 ? { units, scale } : { units: units * 10n ** BigInt(-scale), scale: 0 }
}

/**
 * `value` counted in whole 1/10^places, exactly: scaledInteger(90.5, 2) is 9050 (basis points of a percentage),
 * scaledInteger(0.29, 2) is 29. Undefined when the value has more decimal places than that (90.125 in hundredths).
 * Throws a RangeError for a value that is not a finite number: that is a programming error, not a person's.
 */
export function scaledInteger(value: number, places: number): number | undefined {
  const { units, scale } = decimalOf(value, 'scaledInteger')
  if (scale > places) {
    const divisor = 10n ** BigInt(scale - places)
    return units % divisor === 0n ? Number(units / divisor) : undefined
  }
  return Number(units * 10n ** BigInt(places - scale))
}

/**
 * a x b rounded down to a whole number, worked out on the decimals as written: floorOfProduct(0.29, 100) is 29
 * (the float product is 28.999999999999996), floorOfProduct(2.5, 0.5) is 1. Rounds towards minus infinity.
 */
export function floorOfProduct(a: number, b: number): number {
  const x = decimalOf(a, 'floorOfProduct')
  const y = decimalOf(b, 'floorOfProduct')
  const numerator = x.units * y.units
  const denominator = 10n ** BigInt(x.scale + y.scale)
  const quotient = numerator / denominator // BigInt division truncates towards zero
  return Number(numerator < 0n && quotient * denominator !== numerator ? quotient - 1n : quotient)
}
