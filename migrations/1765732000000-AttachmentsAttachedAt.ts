import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an upload was first attached to a record: an upload never attached (attached_at null, no
 * record) is removed with its stored file 24 hours after it was made. A file detached later keeps
 * its date and stays. Every upload made before this migration takes its upload time, those without a
 * record too: nothing recorded whether they had been attached and detached since (a financing
 * request's revision or the audit trail may still name them), so only uploads made afterwards can be
 * found never attached.
 */
export class AttachmentsAttachedAt1765732000000 implements MigrationInterface {
  name = 'AttachmentsAttachedAt1765732000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachments" ADD "attached_at" timestamptz`);
    await queryRunner.query(`UPDATE "attachments" SET "attached_at" = "created_at"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_attachments_never_attached" ON "attachments" ("created_at") WHERE "record_id" IS NULL AND "attached_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_attachments_never_attached"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP COLUMN "attached_at"`);
  }
}
