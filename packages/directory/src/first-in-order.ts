// Choosing a page of results without sorting every match: a search with forty thousand matches shows twenty, so it
// keeps the first twenty (or however many up to the page's end) in a heap as it goes, and sorts only those.

/**
 * The first `k` of the numbers 0 to `count - 1` in `compare`'s order, in that order. `compare` must be a total order
 * (no two numbers equal), as the search's is: its last key is each service's place in name order.
 */
export function firstInOrder(count: number, k: number, compare: (a: number, b: number) => number): number[] {
  if (k <= 0 || count === 0) return []
  // Sorting everything costs about as much once the page reaches a good share of the matches.
  if (k * 4 >= count)
    return Array.from({ length: count }, (_, i) => i)
      .sort(compare)
      .slice(0, k)
  // A max-heap of the first k seen so far: its top is the last of them, the one a better number replaces.
  const heap: number[] = []
  const down = (from: number) => {
    let at = from
    for (;;) {
      const left = 2 * at + 1
      const right = left + 1
      let last = at
      if (left < heap.length && compare(heap[left] as number, heap[last] as number) > 0) last = left
      if (right < heap.length && compare(heap[right] as number, heap[last] as number) > 0) last = right
      if (last === at) return
      ;[heap[at], heap[last]] = [heap[last] as number, heap[at] as number]
      at = last
    }
  }
  for (let i = 0; i < count; i += 1) {
    if (heap.length < k) {
      heap.push(i)
      let at = heap.length - 1
      while (at > 0) {
        const parent = (at - 1) >> 1
        if (compare(heap[at] as number, heap[parent] as number) <= 0) break
        ;[heap[at], heap[parent]] = [heap[parent] as number, heap[at] as number]
        at = parent
      }
    } else if (compare(i, heap[0] as number) < 0) {
      heap[0] = i
      down(0)
    }
  }
  return heap.sort(compare)
}
