/** Everything that fixes the synthetic data set, so that the generator and calibration always agree. */
export const SYNTHETIC_CASES = {
  /** Changing the seed or the count gives a different data set: regenerate, recalibrate and commit all three files. */
  seed: 20250331,
  count: 240,
  /** The date the synthetic "historic" costs are as of, recorded beside the allocation table calibrated on them. */
  dataAsOf: '2025-03-31',
  /** Relative to the plugin's folder. */
  csvPath: 'data/synthetic-cases.csv',
  tablePath: 'src/ras/allocation-table.generated.ts',
  bandCount: 10,
} as const
