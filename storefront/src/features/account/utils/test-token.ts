// Unsigned JWTs shaped like Medusa's, for the account's tests.
export function testToken(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url")
  return `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}.signature`
}

const hourFromNow = () => Math.floor(Date.now() / 1000) + 3600

export const customerToken = (actorId = "cus_1", exp = hourFromNow()) =>
  testToken({ actor_id: actorId, actor_type: "customer", app_metadata: { customer_id: actorId }, exp })

export const unregisteredToken = () =>
  testToken({ actor_id: "", actor_type: "customer", app_metadata: {}, exp: hourFromNow() })

export const staffIdentityToken = () =>
  testToken({
    actor_id: "",
    actor_type: "customer",
    app_metadata: { facility_staff_id: "fstf_1" },
    exp: hourFromNow(),
  })
