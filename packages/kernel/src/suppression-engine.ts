/*
 * Cell suppression for tables of counts with published totals: the one engine behind every published table.
 *
 * Every line of a table whose total is published (a row, a column, a group of answers) is a sum: its counts minus its
 * total come to zero. Write each figure with the sign it carries in that sum (+1 for an inner count and for a grand
 * total, which is a total of totals; -1 for a row, column or group total) and the table becomes a graph: lines are
 * vertices, figures are edges between the two lines they sit in. A figure in only one published line has its other
 * end at a free vertex, which constrains nothing.
 *
 * A hidden figure can be worked out from the published ones exactly when no closed loop of hidden figures runs
 * through it: around a loop, adding one to every other figure and taking one from the rest keeps every published
 * sum true. So the small figures are hidden (primary suppression), then each is put on such a loop, hiding as few
 * extra figures as will close one (secondary suppression). A loop only helps if the figures it takes from stay at 1
 * or more (nobody hides a zero, so a reader knows a hidden figure is at least 1); loops are followed in the direction
 * that allows that. Last, where a line's hidden figures all count the same way, the reader knows their sum: that sum
 * must not itself be a small number, so one more is hidden there until it is not.
 */

export interface CountCell {
  /** The true count: a whole number, 0 or more. */
  value: number
  /** The vertex of one line the figure is in (its row). */
  row: number
  /** The vertex of the other line it is in (its column, a group's total line, or a free vertex). */
  col: number
  /** The figure's sign in its lines' sums: +1 for inner counts and a grand total, -1 for row, column and group totals. */
  sign: 1 | -1
  /** Which column of the printed table it is in (0 for the first), for the positional choice of extra figures. */
  column?: number
  /** True for any total, which the positional choice would rather publish than an inner count. */
  isTotal?: boolean
}

export interface SuppressionRule {
  /** Figures from `smallest` to `largest` inclusive are hidden: 1 to 4 in UK health and care statistics. */
  smallest: number
  largest: number
}

/** The price of hiding one more figure to protect `target`: lower is hidden first. */
export type ExtraCost = (cell: CountCell, target: CountCell, cells: readonly CountCell[]) => number

export interface SuppressionOptions {
  /** How to choose among the figures that would protect a hidden one; {@link positionalCost} by default. */
  cost?: ExtraCost
  /** Vertices that are no published line (where figures in a single line have their other end). */
  free?: readonly number[]
}

/**
 * Hide as few as will do, and choose among those by a fixed preference of position (the next column round from the
 * hidden figure, then totals last), not by value: if the choice followed the values (say, always the smallest), which
 * figure was hidden would itself hint at the values.
 */
export const positionalCost: ExtraCost = (cell, target, cells) => {
  const levels = levelsOf(cells)
  const preference =
    cell.isTotal === true ? levels : ((((cell.column ?? 0) - (target.column ?? 0) - 1) % levels) + levels) % levels
  return 1000 + preference
}

const levelCounts = new WeakMap<readonly CountCell[], number>()

/** How many columns of counts the table has (totals aside), worked out once per table. */
function levelsOf(cells: readonly CountCell[]): number {
  let levels = levelCounts.get(cells)
  if (levels === undefined) {
    levels = Math.max(1, ...cells.filter((other) => other.isTotal !== true).map((other) => (other.column ?? 0) + 1))
    levelCounts.set(cells, levels)
  }
  return levels
}

/** Which figures to hide: the small ones, and enough others that none of them can be worked out. */
export function chooseSuppressed(
  cells: readonly CountCell[],
  rule: SuppressionRule,
  options: SuppressionOptions = {},
): boolean[] {
  const cost = options.cost ?? positionalCost
  const free = new Set(options.free ?? [])
  const hidden = cells.map((cell) => cell.value >= rule.smallest && cell.value <= rule.largest)
  const protectEach = (targets: readonly number[]): boolean => {
    for (const target of targets) {
      const loop = cheapestLoop(cells, hidden, target, cost)
      if (loop === undefined) return false
      for (const index of loop) hidden[index] = true
    }
    return true
  }
  let toProtect = indexesWhere(hidden)
  for (;;) {
    if (!protectEach(toProtect)) {
      // No loop exists only if the table breaks its own sums; hide every non-zero figure rather than risk disclosure.
      return cells.map((cell) => cell.value > 0)
    }
    const extra = smallHiddenSums(cells, hidden, rule, free, cost)
    if (extra.length === 0) return hidden
    for (const index of extra) hidden[index] = true
    toProtect = extra
  }
}

const indexesWhere = (flags: readonly boolean[]): number[] => flags.flatMap((flag, index) => (flag ? [index] : []))

/**
 * For each published line whose hidden figures all count the same way, the reader knows their sum; where that sum is
 * small, one more figure of the line (the cheapest to hide) is returned for hiding.
 */
function smallHiddenSums(
  cells: readonly CountCell[],
  hidden: readonly boolean[],
  rule: SuppressionRule,
  free: ReadonlySet<number>,
  cost: ExtraCost,
): number[] {
  const lines = new Map<number, number[]>()
  cells.forEach((cell, index) => {
    for (const vertex of [cell.row, cell.col]) {
      if (free.has(vertex)) continue
      const members = lines.get(vertex) ?? []
      members.push(index)
      lines.set(vertex, members)
    }
  })
  const extra = new Set<number>()
  for (const members of lines.values()) {
    const hiddenMembers = members.filter((index) => hidden[index])
    if (hiddenMembers.length === 0 || new Set(hiddenMembers.map((index) => cells[index]?.sign)).size > 1) continue
    const sum = hiddenMembers.reduce((total, index) => total + (cells[index]?.value ?? 0), 0)
    if (sum < rule.smallest || sum > rule.largest) continue
    const target = cells[hiddenMembers[0] ?? -1]
    if (target === undefined) continue
    let pick: number | undefined
    let pickCost = Infinity
    for (const index of members) {
      const cell = cells[index]
      if (cell === undefined || hidden[index] || cell.value === 0) continue
      const price = cost(cell, target, cells)
      if (price < pickCost) {
        pick = index
        pickCost = price
      }
    }
    if (pick !== undefined) extra.add(pick)
  }
  return [...extra]
}

interface Step {
  cell: number
  to: number
}

/** The cheapest set of extra figures to hide so that `target` lies on a loop; empty when it already does. */
function cheapestLoop(
  cells: readonly CountCell[],
  hidden: readonly boolean[],
  target: number,
  cost: ExtraCost,
): number[] | undefined {
  const cell = cells[target]
  if (cell === undefined) return undefined
  let best: { cost: number; cells: number[] } | undefined
  for (const direction of [1, -1] as const) {
    if (!canMove(cell, true, direction)) continue
    const path = cheapestPath(cells, hidden, target, direction, cost)
    if (path !== undefined && (best === undefined || path.cost < best.cost)) best = path
  }
  return best?.cells.filter((index) => !hidden[index])
}

/**
 * Whether a figure can take part in the loop when walked from its row end (`fromRow`) with step `direction`:
 * the walk adds `direction` to figures entered from their row and takes it from the others, in signed terms.
 */
function canMove(cell: CountCell, fromRow: boolean, direction: 1 | -1): boolean {
  if (cell.value < 1) return false
  const change = (fromRow ? direction : -direction) * cell.sign
  return change > 0 || cell.value >= 2
}

/** Dijkstra over line vertices, from the target's column end to its row end; hidden figures cost nothing. */
function cheapestPath(
  cells: readonly CountCell[],
  hidden: readonly boolean[],
  target: number,
  direction: 1 | -1,
  cost: ExtraCost,
): { cost: number; cells: number[] } | undefined {
  const aim = cells[target]
  if (aim === undefined) return undefined
  const steps = new Map<number, Step[]>()
  const addStep = (vertex: number, step: Step) => {
    const list = steps.get(vertex)
    if (list === undefined) steps.set(vertex, [step])
    else list.push(step)
  }
  cells.forEach((cell, index) => {
    if (index === target) return
    if (canMove(cell, true, direction)) addStep(cell.row, { cell: index, to: cell.col })
    if (canMove(cell, false, direction)) addStep(cell.col, { cell: index, to: cell.row })
  })
  const from = aim.col
  const to = aim.row
  const reached = new Map<number, number>([[from, 0]])
  const via = new Map<number, Step & { previous: number }>()
  const done = new Set<number>()
  for (;;) {
    let current: number | undefined
    for (const [vertex, vertexCost] of reached) {
      if (done.has(vertex)) continue
      if (current === undefined || vertexCost < (reached.get(current) ?? Infinity)) current = vertex
    }
    if (current === undefined) return undefined
    if (current === to) break
    done.add(current)
    const base = reached.get(current) ?? 0
    for (const step of steps.get(current) ?? []) {
      const cell = cells[step.cell]
      if (cell === undefined) continue
      const candidate = base + (hidden[step.cell] ? 0 : cost(cell, aim, cells))
      if (candidate < (reached.get(step.to) ?? Infinity)) {
        reached.set(step.to, candidate)
        via.set(step.to, { ...step, previous: current })
      }
    }
  }
  const path: number[] = []
  for (let vertex = to; vertex !== from;) {
    const step = via.get(vertex)
    if (step === undefined) return undefined
    path.push(step.cell)
    vertex = step.previous
  }
  return { cost: reached.get(to) ?? 0, cells: path }
}
