// Decodes the bodies (and query strings) the Stripe SDK sends: `application/x-www-form-urlencoded` with nested keys in
// brackets, as `qs.stringify` writes them: `metadata[session_id]=payses_1`, `expand[0]=payment_method`,
// `payment_method_types[]=card`, `automatic_payment_methods[enabled]=true`. Values stay strings, as Stripe receives
// them; the server converts the few it needs (amounts, booleans).

export type FormValue = string | FormObject | FormValue[]
export interface FormObject {
  [key: string]: FormValue
}

const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, " "))

/** `a[b][0]` → `["a", "b", "0"]`; `a[]` → `["a", ""]`. */
function keyPath(key: string): string[] {
  const first = key.indexOf("[")
  if (first <= 0) return [key]
  const path = [key.slice(0, first)]
  const re = /\[([^\]]*)\]/g
  let match: RegExpExecArray | null
  while ((match = re.exec(key.slice(first)))) path.push(match[1]!)
  return path
}

/** Objects whose keys are all 0..n-1 become arrays (qs writes arrays with indices). */
function arraysOf(value: FormValue): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return Array.isArray(value) ? value.map(arraysOf) : value
  const keys = Object.keys(value)
  const out: FormObject = {}
  for (const k of keys) out[k] = arraysOf(value[k]!)
  if (keys.length && keys.every((k) => /^\d+$/.test(k))) {
    return keys.map(Number).sort((a, b) => a - b).map((i) => out[String(i)]!)
  }
  return out
}

export function parseForm(body: string): FormObject {
  const root: FormObject = {}
  if (!body) return root
  for (const pair of body.split("&")) {
    if (!pair) continue
    const eq = pair.indexOf("=")
    const key = decode(eq === -1 ? pair : pair.slice(0, eq))
    const value = eq === -1 ? "" : decode(pair.slice(eq + 1))
    const path = keyPath(key)
    let node: FormObject = root
    for (let i = 0; i < path.length; i++) {
      let part = path[i]!
      const last = i === path.length - 1
      if (part === "") part = String(Object.keys(node).length) // `a[]=x`: append
      if (last) {
        node[part] = value
      } else {
        const next = node[part]
        if (next === undefined || typeof next === "string" || Array.isArray(next)) node[part] = {}
        node = node[part] as FormObject
      }
    }
  }
  return arraysOf(root) as FormObject
}
