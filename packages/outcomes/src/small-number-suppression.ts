/*
 * Cell suppression for tables of counts with published totals.
 *
 * Every row or column whose total is published is a sum: its counts minus its total come to zero. Write each
 * count with the sign it carries in that sum (+1 for an inner count and for the grand total, which is a total of
 * totals; -1 for a row or column total) and the table becomes a graph: lines are vertices, counts are edges.
 * Columns without a published total constrain nothing, so they all share one free vertex.
 *
 * A hidden count can be worked out from the published ones exactly when no closed loop of hidden counts runs
 * through it: around a loop, adding one to every other count and taking one from the rest keeps every published
 * sum true. So we hide the small counts, then make sure each lies on such a loop, hiding as few extra counts as
 * will close one. A loop only helps if the counts it takes from stay at 1 or more (nobody hides a zero, so a
 * reader knows a hidden count is at least 1); we follow loops in the direction that allows that.
 */

export interface CountCell {
  /** The true count: a whole number, 0 or more. */
  value: number
  /** The vertex of the row the count sits in. */
  row: number
  /** The vertex of its column (a shared free vertex when columns have no published totals). */
  col: number
  /** The count's sign in its lines' sums: +1 for inner counts and the grand total, -1 for row and column totals. */
  sign: 1 | -1
  /** Which column of the printed table it is in (0 for the first level), used only to break ties. */
  column: number
  /** True for any total, which we would rather publish than an inner count. */
  isTotal: boolean
}

export interface SuppressionRule {
  /** Counts from `smallest` to `largest` inclusive are hidden. */
  smallest: number
  largest: number
}

/** Which cells to hide: the small ones, and enough others that none of the small ones can be worked out. */
export function chooseSuppressed(cells: readonly CountCell[], rule: SuppressionRule): boolean[] {
  const hidden = cells.map((cell) => cell.value >= rule.smallest && cell.value <= rule.largest)
  const primary = hidden.map((isHidden, index) => (isHidden ? index : -1)).filter((index) => index >= 0)
  for (const target of primary) {
    const loop = cheapestLoop(cells, hidden, target)
    if (loop === undefined) {
      // No loop exists only if the table breaks its own sums; hide every non-zero count rather than risk disclosure.
      cells.forEach((cell, index) => {
        if (cell.value > 0) hidden[index] = true
      })
      return hidden
    }
    for (const index of loop) hidden[index] = true
  }
  return hidden
}

interface Step {
  cell: number
  to: number
}

/** The cheapest set of extra counts to hide so that `target` lies on a loop; empty when it already does. */
function cheapestLoop(cells: readonly CountCell[], hidden: readonly boolean[], target: number): number[] | undefined {
  const cell = cells[target]
  if (cell === undefined) return undefined
  let best: { cost: number; cells: number[] } | undefined
  for (const direction of [1, -1] as const) {
    if (!canMove(cell, true, direction)) continue
    const path = cheapestPath(cells, hidden, target, cell.col, cell.row, direction)
    if (path !== undefined && (best === undefined || path.cost < best.cost)) best = path
  }
  return best?.cells.filter((index) => !hidden[index])
}

/**
 * Whether a count can take part in the loop when walked from its row end (`fromRow`) with step `direction`:
 * the walk adds `direction` to counts entered from their row and takes it from the others, in signed terms.
 */
function canMove(cell: CountCell, fromRow: boolean, direction: 1 | -1): boolean {
  if (cell.value < 1) return false
  const change = (fromRow ? direction : -direction) * cell.sign
  return change > 0 || cell.value >= 2
}

/**
 * The price of hiding one more count. Mostly a flat price, so we hide as few as we can; the small remainder is a
 * fixed preference by position (the next level round from the target, then totals last), not by value: if the
 * choice followed the values (say, always the smallest), which count was hidden would itself hint at the values.
 */
function extraCost(cell: CountCell, aim: CountCell, levels: number): number {
  const preference = cell.isTotal ? levels : (((cell.column - aim.column - 1) % levels) + levels) % levels
  return 1000 + preference
}

/** Dijkstra over line vertices; hidden counts cost nothing, others cost {@link extraCost}. */
function cheapestPath(
  cells: readonly CountCell[],
  hidden: readonly boolean[],
  target: number,
  from: number,
  to: number,
  direction: 1 | -1,
): { cost: number; cells: number[] } | undefined {
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
  const aim = cells[target]
  if (aim === undefined) return undefined
  const levels = Math.max(1, ...cells.filter((cell) => !cell.isTotal).map((cell) => cell.column + 1))
  const cost = new Map<number, number>([[from, 0]])
  const via = new Map<number, Step & { previous: number }>()
  const done = new Set<number>()
  for (;;) {
    let current: number | undefined
    for (const [vertex, vertexCost] of cost) {
      if (done.has(vertex)) continue
      if (current === undefined || vertexCost < (cost.get(current) ?? Infinity)) current = vertex
    }
    if (current === undefined) return undefined
    if (current === to) break
    done.add(current)
    const base = cost.get(current) ?? 0
    for (const step of steps.get(current) ?? []) {
      const cell = cells[step.cell]
      if (cell === undefined) continue
      const stepCost = hidden[step.cell] ? 0 : extraCost(cell, aim, levels)
      const candidate = base + stepCost
      if (candidate < (cost.get(step.to) ?? Infinity)) {
        cost.set(step.to, candidate)
        via.set(step.to, { ...step, previous: current })
      }
    }
  }
  const path: number[] = []
  for (let vertex = to; vertex !== from; ) {
    const step = via.get(vertex)
    if (step === undefined) return undefined
    path.push(step.cell)
    vertex = step.previous
  }
  return { cost: cost.get(to) ?? 0, cells: path }
}
