// How the account reads and changes who is signed in, against a stand-in for the Medusa SDK.
import { FetchError } from "@medusajs/js-sdk"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { customerToken, staffIdentityToken, unregisteredToken } from "../utils/test-token"

const state = vi.hoisted(() => ({
  token: null as string | null,
  cartId: null as string | null,
}))

const sdk = vi.hoisted(() => ({
  client: {
    getToken: vi.fn(async () => state.token),
    clearToken: vi.fn(async () => {
      state.token = null
    }),
  },
  auth: {
    login: vi.fn(),
    register: vi.fn(),
  },
  store: {
    customer: { retrieve: vi.fn(), create: vi.fn() },
    cart: { transferCart: vi.fn() },
  },
}))

vi.mock("../../../lib/sdk", () => ({ getSdk: () => sdk }))
vi.mock("../../cart/utils/cart-id", () => ({ currentCartId: () => state.cartId }))
vi.mock("../../cart/api/get-cart", () => ({ CART_QUERY_KEY: ["cart"] }))

const { getCustomer } = await import("./get-customer")
const { signIn } = await import("./sign-in")
const { register } = await import("./register")

const siti = { id: "cus_1", email: "siti@contoh.id", first_name: "Siti" }

beforeEach(() => {
  vi.clearAllMocks()
  vi.spyOn(console, "warn").mockImplementation(() => {})
  state.token = null
  state.cartId = null
})

describe("getCustomer", () => {
  it("is null without asking the backend when no token is stored", async () => {
    expect(await getCustomer()).toBeNull()
    expect(sdk.store.customer.retrieve).not.toHaveBeenCalled()
  })

  it("fetches the customer for a customer's token", async () => {
    state.token = customerToken("cus_1")
    sdk.store.customer.retrieve.mockResolvedValue({ customer: siti })
    expect(await getCustomer()).toEqual(siti)
  })

  it("drops an expired token without asking the backend", async () => {
    state.token = customerToken("cus_1", 1000)
    expect(await getCustomer()).toBeNull()
    expect(state.token).toBeNull()
    expect(sdk.store.customer.retrieve).not.toHaveBeenCalled()
  })

  it("turns a refused token into 'signed out', not an error, and forgets it", async () => {
    state.token = customerToken("cus_1")
    sdk.store.customer.retrieve.mockRejectedValue(new FetchError("Unauthorized", "Unauthorized", 401))
    expect(await getCustomer()).toBeNull()
    expect(state.token).toBeNull()
  })

  it("keeps a token that a new sign-in stored while the refused request was out", async () => {
    const fresh = customerToken("cus_new")
    state.token = customerToken("cus_old")
    sdk.store.customer.retrieve.mockImplementation(async () => {
      state.token = fresh
      throw new FetchError("Unauthorized", "Unauthorized", 401)
    })
    expect(await getCustomer()).toBeNull()
    expect(state.token).toBe(fresh)
  })

  it("lets other failures through (the page offers to retry)", async () => {
    state.token = customerToken("cus_1")
    sdk.store.customer.retrieve.mockRejectedValue(new TypeError("Failed to fetch"))
    await expect(getCustomer()).rejects.toThrow("Failed to fetch")
    expect(state.token).not.toBeNull()
  })

  it("does not count a registration in progress as signed in, and leaves its token alone", async () => {
    const pending = unregisteredToken()
    state.token = pending
    expect(await getCustomer()).toBeNull()
    expect(state.token).toBe(pending)
    expect(sdk.store.customer.retrieve).not.toHaveBeenCalled()
  })
})

describe("signIn", () => {
  const loginAs = (token: string) =>
    sdk.auth.login.mockImplementation(async () => {
      state.token = token
      return token
    })

  it("signs a customer in and moves the guest cart to her", async () => {
    loginAs(customerToken("cus_1"))
    state.cartId = "cart_1"
    sdk.store.customer.retrieve.mockResolvedValue({ customer: siti })
    expect(await signIn({ email: "siti@contoh.id", password: "rahasia12" })).toEqual(siti)
    expect(sdk.auth.login).toHaveBeenCalledWith("customer", "emailpass", {
      email: "siti@contoh.id",
      password: "rahasia12",
    })
    expect(sdk.store.cart.transferCart).toHaveBeenCalledWith("cart_1", { fields: "id" })
  })

  it("moves no cart when there is none", async () => {
    loginAs(customerToken("cus_1"))
    sdk.store.customer.retrieve.mockResolvedValue({ customer: siti })
    await signIn({ email: "siti@contoh.id", password: "rahasia12" })
    expect(sdk.store.cart.transferCart).not.toHaveBeenCalled()
  })

  it("still signs in when the cart cannot be moved", async () => {
    loginAs(customerToken("cus_1"))
    state.cartId = "cart_done"
    sdk.store.cart.transferCart.mockRejectedValue(new FetchError("completed", "Bad Request", 400))
    sdk.store.customer.retrieve.mockResolvedValue({ customer: siti })
    expect(await signIn({ email: "siti@contoh.id", password: "rahasia12" })).toEqual(siti)
  })

  it("refuses a Portal staff member's identity as a customer and keeps no token", async () => {
    loginAs(staffIdentityToken())
    state.cartId = "cart_1"
    await expect(signIn({ email: "staf@karyalapas.id", password: "x" })).rejects.toMatchObject({
      code: "otherAccount",
    })
    expect(state.token).toBeNull()
    expect(sdk.store.cart.transferCart).not.toHaveBeenCalled()
  })

  it("sends an unfinished registration back to the registration page", async () => {
    loginAs(unregisteredToken())
    await expect(signIn({ email: "baru@contoh.id", password: "rahasia12" })).rejects.toMatchObject({
      code: "incompleteRegistration",
    })
    expect(state.token).toBeNull()
  })

  it("passes a wrong password on as the backend's 401", async () => {
    sdk.auth.login.mockRejectedValue(new FetchError("Invalid email or password", "Unauthorized", 401))
    await expect(signIn({ email: "siti@contoh.id", password: "salah" })).rejects.toMatchObject({
      status: 401,
    })
  })
})

describe("register", () => {
  const values = {
    first_name: "Siti",
    last_name: undefined,
    email: "siti@contoh.id",
    phone: undefined,
    password: "rahasia12",
  }

  it("creates the identity, then the customer, then signs her in", async () => {
    sdk.auth.register.mockImplementation(async () => {
      state.token = unregisteredToken()
      return state.token
    })
    sdk.store.customer.create.mockResolvedValue({ customer: siti })
    const signedIn = customerToken("cus_1")
    sdk.auth.login.mockImplementation(async () => {
      state.token = signedIn
      return signedIn
    })
    sdk.store.customer.retrieve.mockResolvedValue({ customer: siti })

    expect(await register(values)).toEqual(siti)
    expect(sdk.auth.register).toHaveBeenCalledWith("customer", "emailpass", {
      email: "siti@contoh.id",
      password: "rahasia12",
    })
    expect(sdk.store.customer.create).toHaveBeenCalledWith({
      email: "siti@contoh.id",
      first_name: "Siti",
      last_name: null,
      phone: null,
    })
    expect(state.token).toBe(signedIn)
  })

  it("creates no customer when the email is taken", async () => {
    sdk.auth.register.mockRejectedValue(new FetchError("Identity with email already exists", "Unauthorized", 401))
    await expect(register(values)).rejects.toThrow("Identity with email already exists")
    expect(sdk.store.customer.create).not.toHaveBeenCalled()
  })

  it("keeps no half-made token when the customer cannot be created", async () => {
    sdk.auth.register.mockImplementation(async () => {
      state.token = unregisteredToken()
      return state.token
    })
    sdk.store.customer.create.mockRejectedValue(
      new FetchError("Invalid request: Expected type: 'string' for field 'phone'", "Bad Request", 400)
    )
    await expect(register(values)).rejects.toMatchObject({ status: 400 })
    expect(state.token).toBeNull()
    expect(sdk.auth.login).not.toHaveBeenCalled()
  })
})
