import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Membership applications, contacts on organizations and parks, and the indexes the public
 * directory searches with: trigram indexes so `ILIKE '%园区%'` on either name uses an index,
 * and a GIN index for the sector filter.
 */
export class MembershipAndDirectory1763856000000 implements MigrationInterface {
  name = 'MembershipAndDirectory1763856000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."membership_application_status" AS ENUM('pending', 'approved', 'rejected')`,
    );
    await queryRunner.query(
      `CREATE TABLE "membership_applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(20) NOT NULL, "status" "public"."membership_application_status" NOT NULL DEFAULT 'pending', "name_en" character varying(300), "name_zh" character varying(300), "type" "public"."organization_type" NOT NULL, "country" character(2) NOT NULL, "website" character varying(500), "description_en" text, "description_zh" text, "contact_name" character varying(200) NOT NULL, "contact_email" character varying(320) NOT NULL, "contact_phone" character varying(50), "parks" jsonb NOT NULL DEFAULT '[]', "locale" "public"."locale" NOT NULL DEFAULT 'en', "terms_accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_ip" character varying(64) NOT NULL, "organization_id" uuid, "decided_by_user_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "rejection_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_6df1e0ca72e330af40714d59e95" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_membership_applications_reference" ON "membership_applications" ("reference")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_membership_applications_ip_created" ON "membership_applications" ("submitted_ip", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_membership_applications_status_created" ON "membership_applications" ("status", "created_at")`,
    );
    await queryRunner.query(`CREATE SEQUENCE "membership_application_reference_seq"`);
    // One pending application per contact e-mail, also when two arrive at once.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_membership_applications_pending_email" ON "membership_applications" ("contact_email") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(`ALTER TABLE "organizations" ADD "contact_name" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "contact_email" character varying(320)`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "contact_phone" character varying(50)`);
    await queryRunner.query(`ALTER TABLE "parks" ADD "contact_name" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "parks" ADD "contact_email" character varying(320)`);
    await queryRunner.query(`ALTER TABLE "parks" ADD "contact_phone" character varying(50)`);
    // Sector keys now come from the fixed list in the contracts; rename the few used before it existed.
    await queryRunner.query(
      `UPDATE "parks" SET "sectors" = array_replace(array_replace(array_replace(array_replace("sectors", 'machinery', 'machinery_equipment'), 'textiles', 'textiles_garments'), 'logistics', 'logistics_warehousing'), 'agriculture', 'agriculture_food')`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_parks_status" ON "parks" ("status")`);
    await queryRunner.query(`CREATE INDEX "IDX_parks_sectors" ON "parks" USING gin ("sectors")`);
    await queryRunner.query(`CREATE INDEX "IDX_parks_name_en_trgm" ON "parks" USING gin ("name_en" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_parks_name_zh_trgm" ON "parks" USING gin ("name_zh" gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_organizations_name_en_trgm" ON "organizations" USING gin ("name_en" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_organizations_name_zh_trgm" ON "organizations" USING gin ("name_zh" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership_applications" ADD CONSTRAINT "FK_f0e434dce114055687e411793ac" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership_applications" ADD CONSTRAINT "FK_b5f0bea4e6a87d5f569bd49d769" FOREIGN KEY ("decided_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "membership_applications" DROP CONSTRAINT "FK_b5f0bea4e6a87d5f569bd49d769"`);
    await queryRunner.query(`ALTER TABLE "membership_applications" DROP CONSTRAINT "FK_f0e434dce114055687e411793ac"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organizations_name_zh_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organizations_name_en_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_parks_name_zh_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_parks_name_en_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_parks_sectors"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_parks_status"`);
    await queryRunner.query(`ALTER TABLE "parks" DROP COLUMN "contact_phone"`);
    await queryRunner.query(`ALTER TABLE "parks" DROP COLUMN "contact_email"`);
    await queryRunner.query(`ALTER TABLE "parks" DROP COLUMN "contact_name"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "contact_phone"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "contact_email"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "contact_name"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_membership_applications_pending_email"`);
    await queryRunner.query(`DROP SEQUENCE "membership_application_reference_seq"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_membership_applications_status_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_membership_applications_ip_created"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_membership_applications_reference"`);
    await queryRunner.query(`DROP TABLE "membership_applications"`);
    await queryRunner.query(`DROP TYPE "public"."membership_application_status"`);
  }
}
