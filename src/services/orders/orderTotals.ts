/** Totals always come from the server: line total = quantity × unit price, order total = their sum (cents). */
export function orderTotals<Line extends { quantity?: unknown; unitPrice?: unknown }>(
  lines: Line[],
): { lines: (Line & { lineTotal: number | null })[]; total: number } {
  let total = 0
  const withTotals = lines.map((line) => {
    const lineTotal =
      Number.isInteger(line.quantity) && Number.isInteger(line.unitPrice)
        ? (line.quantity as number) * (line.unitPrice as number)
        : null
    if (lineTotal !== null) total += lineTotal
    return { ...line, lineTotal }
  })
  return { lines: withTotals, total }
}
