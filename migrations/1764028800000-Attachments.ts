import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploaded files, shared by every platform: attached to a record, whose visibility they take on. */
export class Attachments1764028800000 implements MigrationInterface {
  name = 'Attachments1764028800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "uploader_user_id" uuid NOT NULL, "record_type" character varying(32), "record_id" uuid, "position" integer NOT NULL DEFAULT '0', "file_name" character varying(200) NOT NULL, "mime_type" character varying(200) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(300) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_attachments_organization" ON "attachments" ("organization_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_attachments_record" ON "attachments" ("record_type", "record_id", "position")`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_4af30039d8c32fe7cd7112229ee" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_8e7c8da64ae73ae8adf4fd2dfce" FOREIGN KEY ("uploader_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_8e7c8da64ae73ae8adf4fd2dfce"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_4af30039d8c32fe7cd7112229ee"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_attachments_record"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_attachments_organization"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
  }
}
