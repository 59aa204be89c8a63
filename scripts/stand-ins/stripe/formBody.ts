/**
 * Stripe's form encoding, as the SDK writes it: `metadata[plan]=pro`, `items[0][price]=price_x`, `expand[0]=x` or
 * `expand[]=x`. Parsed into nested objects; an object whose keys are all indices becomes an array.
 */

export type FormValue = string | FormValue[] | { [key: string]: FormValue }
export type FormObject = { [key: string]: FormValue }

const keyPath = (key: string): string[] => {
  const open = key.indexOf('[')
  if (open <= 0) return [key]
  const segments = [key.slice(0, open)]
  for (const match of key.slice(open).matchAll(/\[([^\]]*)\]/g)) segments.push(match[1])
  return segments
}

type Tree = { [key: string]: Tree | string }

export function parseStripeForm(encoded: string): FormObject {
  const root: Tree = {}
  for (const [key, value] of new URLSearchParams(encoded)) {
    const path = keyPath(key)
    let node = root
    path.forEach((segment, index) => {
      const name = segment === '' ? String(Object.keys(node).length) : segment
      if (index === path.length - 1) {
        node[name] = value
        return
      }
      const next = node[name]
      if (typeof next !== 'object') node[name] = {}
      node = node[name] as Tree
    })
  }
  return toArrays(root) as FormObject
}

function toArrays(node: Tree | string): FormValue {
  if (typeof node === 'string') return node
  const keys = Object.keys(node)
  const values = Object.fromEntries(keys.map((key) => [key, toArrays(node[key])]))
  if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((key) => values[key])
  }
  return values
}
