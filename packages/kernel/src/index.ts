// What every Open SDS package shares. Each part lives in its own file; this is the one public entry point.
export { fail, issue, joinPath, ok, prefixIssues, type Issue, type Result } from './result.js'
export { parse, type ParseOptions } from './parse.js'
export { fieldName, type FieldLabels } from './field-name.js'
export { plainMessage } from './plain-messages.js'
export { andList, describeValue, listWords, orList } from './words.js'
export {
  MAX_TYPED_PENCE,
  formatPence,
  parsePounds,
  penceToPounds,
  poundsToPence,
  type FormatPenceOptions,
  type ParsePoundsOptions,
} from './money.js'
export {
  addDays,
  daysBetween,
  calendarDate,
  calendarParts,
  dayBefore,
  formatLongDate,
  isBritishSummerTime,
  isCalendarDate,
  toCalendarDate,
  todayInEngland,
  type CalendarDate,
} from './dates.js'
export {
  cellText,
  isSmall,
  percentOf,
  suppressCells,
  suppressCount,
  suppressTable,
  suppressedSymbol,
  suppressionThreshold,
  type Cell,
  type Suppressed,
  type SuppressedTable,
} from './suppression.js'
export {
  chooseSuppressed,
  positionalCost,
  type CountCell,
  type ExtraCost,
  type SuppressionOptions,
  type SuppressionRule,
} from './suppression-engine.js'
export { floorOfProduct, scaledInteger } from './decimals.js'
export { csvField, csvLine } from './csv.js'
export { nameDistance, nameSearchKeys, nameWords, soundKey } from './name-search.js'
