import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122210409 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "motif_creator" drop constraint if exists "motif_creator_motif_id_participant_id_unique";`);
    this.addSql(`alter table if exists "motif" drop constraint if exists "motif_application_number_unique";`);
    this.addSql(`alter table if exists "motif" drop constraint if exists "motif_registration_number_unique";`);
    this.addSql(`create table if not exists "motif" ("id" text not null, "title" text not null, "description_id" text not null default '', "description_en" text not null default '', "image" text null, "status" text check ("status" in ('draft', 'applied', 'registered', 'expired')) not null default 'draft', "application_number" text null, "registration_number" text null, "work_type" text not null default 'Seni Motif', "first_published_at" timestamptz null, "first_published_place" text null, "holder_kind" text check ("holder_kind" in ('facility', 'participant', 'organisation')) not null default 'facility', "holder_participant_id" text null, "holder_organisation" text null, "royalty_bps" integer not null default 0, "credit_required" boolean not null default true, "other_facilities_allowed" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "motif_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_motif_deleted_at" ON "motif" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_motif_registration_number_unique" ON "motif" ("registration_number") WHERE registration_number IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_motif_application_number_unique" ON "motif" ("application_number") WHERE application_number IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "motif_creator" ("id" text not null, "participant_id" text not null, "share" integer not null default 1, "motif_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "motif_creator_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_motif_creator_participant_id" ON "motif_creator" ("participant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_motif_creator_motif_id" ON "motif_creator" ("motif_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_motif_creator_deleted_at" ON "motif_creator" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_motif_creator_motif_id_participant_id_unique" ON "motif_creator" ("motif_id", "participant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "motif_creator" add constraint "motif_creator_motif_id_foreign" foreign key ("motif_id") references "motif" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "motif_creator" drop constraint if exists "motif_creator_motif_id_foreign";`);

    this.addSql(`drop table if exists "motif" cascade;`);

    this.addSql(`drop table if exists "motif_creator" cascade;`);
  }

}
