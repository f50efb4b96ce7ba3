import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122195741 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker_credit" drop constraint if exists "maker_credit_product_id_participant_id_unique";`);
    this.addSql(`alter table if exists "participant" drop constraint if exists "participant_facility_id_registration_number_unique";`);
    this.addSql(`alter table if exists "facility_staff" drop constraint if exists "facility_staff_email_unique";`);
    this.addSql(`alter table if exists "facility" drop constraint if exists "facility_handle_unique";`);
    this.addSql(`create table if not exists "facility" ("id" text not null, "handle" text not null, "name" text not null, "short_name" text not null, "kind" text check ("kind" in ('lapas', 'lpp', 'rutan', 'lpka')) not null, "class" text check ("class" in ('I', 'IIA', 'IIB', 'III')) not null, "city" text not null, "province" text not null, "story_id" text not null default '', "story_en" text not null default '', "cover_image" text null, "whatsapp" text null, "is_active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "facility_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_facility_handle_unique" ON "facility" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facility_deleted_at" ON "facility" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "facility_staff" ("id" text not null, "email" text not null, "name" text not null, "role" text check ("role" in ('manager', 'staff')) not null default 'staff', "is_active" boolean not null default true, "facility_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "facility_staff_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_facility_staff_email_unique" ON "facility_staff" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facility_staff_facility_id" ON "facility_staff" ("facility_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facility_staff_deleted_at" ON "facility_staff" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "participant" ("id" text not null, "display_name" text not null, "legal_name" text not null, "registration_number" text not null, "consent_display_name" boolean not null default false, "consent_story" boolean not null default false, "consent_given_at" timestamptz null, "consent_withdrawn_at" timestamptz null, "story_id" text null, "story_en" text null, "status" text check ("status" in ('active', 'released', 'transferred')) not null default 'active', "joined_at" timestamptz null, "status_changed_at" timestamptz null, "skills" text[] not null default '{}', "facility_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "participant_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_participant_facility_id" ON "participant" ("facility_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_participant_deleted_at" ON "participant" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_participant_facility_id_registration_number_unique" ON "participant" ("facility_id", "registration_number") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "maker_credit" ("id" text not null, "product_id" text not null, "weight" integer not null, "participant_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_credit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_credit_product_id" ON "maker_credit" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_credit_participant_id" ON "maker_credit" ("participant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_credit_deleted_at" ON "maker_credit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_credit_product_id_participant_id_unique" ON "maker_credit" ("product_id", "participant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "facility_staff" add constraint "facility_staff_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "participant" add constraint "participant_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "maker_credit" add constraint "maker_credit_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "facility_staff" drop constraint if exists "facility_staff_facility_id_foreign";`);

    this.addSql(`alter table if exists "participant" drop constraint if exists "participant_facility_id_foreign";`);

    this.addSql(`alter table if exists "maker_credit" drop constraint if exists "maker_credit_participant_id_foreign";`);

    this.addSql(`drop table if exists "facility" cascade;`);

    this.addSql(`drop table if exists "facility_staff" cascade;`);

    this.addSql(`drop table if exists "participant" cascade;`);

    this.addSql(`drop table if exists "maker_credit" cascade;`);
  }

}
