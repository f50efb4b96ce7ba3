import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123022531 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "expo" drop constraint if exists "expo_handle_unique";`);
    this.addSql(`alter table if exists "program" drop constraint if exists "program_handle_unique";`);
    this.addSql(`alter table if exists "csr_staff" drop constraint if exists "csr_staff_email_unique";`);
    this.addSql(`create table if not exists "csr_staff" ("id" text not null, "email" text not null, "name" text not null, "program_ids" text[] not null default '{}', "is_active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "csr_staff_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_csr_staff_email_unique" ON "csr_staff" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_csr_staff_deleted_at" ON "csr_staff" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "program" ("id" text not null, "handle" text not null, "name" text not null, "sponsor_company" text not null, "sponsor_unit" text not null default '', "start_date" timestamptz null, "skills" text[] not null default '{}', "sdg_targets" text[] not null default '{}', "description_id" text not null default '', "description_en" text not null default '', "is_active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "program_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_program_handle_unique" ON "program" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_program_deleted_at" ON "program" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "expo" ("id" text not null, "handle" text not null, "name" text not null, "venue" text not null, "city" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "promo_code" text null, "sales_channel_id" text null, "program_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "expo_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_expo_handle_unique" ON "expo" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_expo_program_id" ON "expo" ("program_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_expo_deleted_at" ON "expo" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "expo" add constraint "expo_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "expo" drop constraint if exists "expo_program_id_foreign";`);

    this.addSql(`drop table if exists "csr_staff" cascade;`);

    this.addSql(`drop table if exists "program" cascade;`);

    this.addSql(`drop table if exists "expo" cascade;`);
  }

}
