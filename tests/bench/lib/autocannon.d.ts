// autocannon 9 ships no types: the part of its API the HTTP benchmark calls (see node_modules/autocannon/README.md).
declare module "autocannon" {
  type Options = {
    url: string
    connections?: number
    duration?: number
    headers?: Record<string, string>
    requests?: Record<string, unknown>[]
  }
  function autocannon(options: Options, done: (error: Error | null, result: never) => void): unknown
  export default autocannon
}
