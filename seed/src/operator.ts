// The demo platform operator: a Medusa admin user who signs in to Medusa Admin with email and password.
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_OPERATOR } from "./demo-logins"

export async function seedOperator(container: MedusaContainer): Promise<void> {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const [user] = await userModule.listUsers({ email: DEMO_OPERATOR.email })
  if (user) return

  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email: DEMO_OPERATOR.email, password: DEMO_OPERATOR.password },
  })
  if (error || !authIdentity) throw new Error(`Could not register the demo operator: ${error}`)
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: { email: DEMO_OPERATOR.email, first_name: "Operator", last_name: "Karya Lapas" },
    },
  })
}
