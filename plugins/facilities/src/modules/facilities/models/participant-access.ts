import { model } from "@medusajs/framework/utils"

/** One read of a participant's private fields (`legal_name`, `registration_number`) by a portal or admin route: who
 * (actor type, id and email at the time), when (`created_at`), which participant and what was read through which
 * route. Append-only; written by `recordParticipantAccess()` in src/lib/access-log.ts. Ids are plain text, not
 * relations, so a row outlives the staff account or participant it names. */
export const ParticipantAccess = model
  .define("participant_access", {
    id: model.id({ prefix: "pacc" }).primaryKey(),
    actor_type: model.enum(["facility_staff", "user"]),
    actor_id: model.text(),
    actor_email: model.text().nullable(),
    participant_id: model.text(),
    facility_id: model.text(),
    fields: model.array().default([]),
    route: model.text(),
  })
  .indexes([{ on: ["facility_id", "created_at"] }, { on: ["participant_id", "created_at"] }])
