// Transfer references ("KL-7HQ2MX9C"): what the buyer writes in the transfer's description so staff find her order.
// Eight characters of an alphabet without the look-alikes 0/O, 1/I/L. Unique by construction within a process: a
// counter (from a random start) goes through a keyed permutation of all 31^8 codes (a Feistel network over 40 bits,
// cycle-walked into the code space), so two sessions of one process never share a reference and consecutive codes
// look unrelated. Across processes and restarts the start and the key are random: a collision needs two random
// 40-bit walks to meet, and staff match a transfer by reference *and* amount.
import { randomBytes, randomInt } from "node:crypto"

export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
export const REFERENCE_LENGTH = 8
export const REFERENCE_PREFIX = "KL-"
export const REFERENCE_PATTERN = new RegExp(`^${REFERENCE_PREFIX}[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`)

const BASE = REFERENCE_ALPHABET.length
/** How many codes there are: 31^8 = 852,891,037,441 (below 2^40). */
export const REFERENCE_SPACE = BASE ** REFERENCE_LENGTH
const HALF = 2 ** 20
const ROUNDS = 6

/** A 20-bit round function: a 32-bit integer hash of the half and the round key. */
function mix(half: number, key: number): number {
  let h = Math.imul(half ^ key, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return (h >>> 0) % HALF
}

/** A permutation of [0, 2^40): balanced Feistel network with 20-bit halves. */
function feistel(value: number, keys: number[]): number {
  let left = Math.floor(value / HALF)
  let right = value % HALF
  for (const key of keys) {
    const next = (left ^ mix(right, key)) >>> 0
    left = right
    right = next % HALF
  }
  return left * HALF + right
}

/** A permutation of [0, REFERENCE_SPACE): the Feistel permutation applied until it lands inside the space. */
function permute(value: number, keys: number[]): number {
  let v = feistel(value, keys)
  while (v >= REFERENCE_SPACE) v = feistel(v, keys)
  return v
}

function encode(value: number): string {
  let out = ""
  for (let i = 0; i < REFERENCE_LENGTH; i++) {
    out = REFERENCE_ALPHABET[value % BASE] + out
    value = Math.floor(value / BASE)
  }
  return REFERENCE_PREFIX + out
}

/** A generator of references; `key` (≥ 24 bytes) and `start` make it reproducible in tests. */
export function createReferenceGenerator(options: { key?: Buffer; start?: number } = {}): () => string {
  const key = options.key ?? randomBytes(ROUNDS * 4)
  if (key.length < ROUNDS * 4) throw new Error(`reference key: ${ROUNDS * 4} bytes or more`)
  const keys = Array.from({ length: ROUNDS }, (_, i) => key.readUInt32BE(i * 4))
  // randomInt takes ranges below 2^48
  let counter = options.start ?? randomInt(0, REFERENCE_SPACE)
  return () => {
    counter = (counter + 1) % REFERENCE_SPACE
    return encode(permute(counter, keys))
  }
}

/** The process's generator. */
export const newTransferReference = createReferenceGenerator()
