import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123052334 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "participant_access" ("id" text not null, "actor_type" text check ("actor_type" in ('facility_staff', 'user')) not null, "actor_id" text not null, "actor_email" text null, "participant_id" text not null, "facility_id" text not null, "fields" text[] not null default '{}', "route" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "participant_access_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_participant_access_deleted_at" ON "participant_access" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_participant_access_facility_id_created_at" ON "participant_access" ("facility_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_participant_access_participant_id_created_at" ON "participant_access" ("participant_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "participant_access" cascade;`);
  }

}
