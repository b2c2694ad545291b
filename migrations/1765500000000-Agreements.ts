import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner agreements (issue 18): the agreements with their counterparties, commitments and documents
 * (whose versions are attachments), and the reminders sent, claimed by a unique row so that no
 * reminder goes out twice, however many job runners there are.
 */
export class Agreements1765500000000 implements MigrationInterface {
  name = 'Agreements1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."agreement_kind" AS ENUM('strategic_cooperation', 'financing', 'legal_services', 'training', 'research')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."agreement_status" AS ENUM('draft', 'negotiating', 'signed', 'active', 'expired', 'terminated')`,
    );
    await queryRunner.query(
      `CREATE TABLE "partner_agreements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."agreement_kind" NOT NULL, "status" "public"."agreement_status" NOT NULL DEFAULT 'draft', "title_en" character varying(300), "title_zh" character varying(300), "summary_en" character varying(1000), "summary_zh" character varying(1000), "scope_en" text, "scope_zh" text, "renewal_terms_en" text, "renewal_terms_zh" text, "signed_on" date, "effective_from" date, "expires_on" date, "termination_reason" text, "terminated_at" TIMESTAMP WITH TIME ZONE, "activated_at" TIMESTAMP WITH TIME ZONE, "expired_at" TIMESTAMP WITH TIME ZONE, "sample" boolean NOT NULL DEFAULT false, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_15637baa189d2548f6854f7a02b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_partner_agreements_expiry" ON "partner_agreements"  ("expires_on") WHERE "status" IN ('signed', 'active')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_partner_agreements_effective" ON "partner_agreements"  ("effective_from") WHERE "status" = 'signed'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_partner_agreements_status" ON "partner_agreements"  ("status", "signed_on")`,
    );
    await queryRunner.query(
      `CREATE TABLE "partner_agreement_counterparties" ("agreement_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_5d8a59cdc73fc312a14b0946931" PRIMARY KEY ("agreement_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_partner_agreement_counterparties_organization" ON "partner_agreement_counterparties"  ("organization_id", "agreement_id")`,
    );
    await queryRunner.query(`CREATE TYPE "public"."commitment_owner" AS ENUM('alliance', 'counterparty')`);
    await queryRunner.query(`CREATE TYPE "public"."commitment_status" AS ENUM('open', 'done', 'waived')`);
    await queryRunner.query(
      `CREATE TABLE "agreement_commitments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "title_en" character varying(300), "title_zh" character varying(300), "owner" "public"."commitment_owner" NOT NULL, "organization_id" uuid, "due_on" date NOT NULL, "status" "public"."commitment_status" NOT NULL DEFAULT 'open', "note" text, "completed_at" TIMESTAMP WITH TIME ZONE, "completed_by_user_id" uuid, "sample" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_db22b12e13956641600da998623" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_agreement_commitments_due" ON "agreement_commitments"  ("due_on") WHERE "status" = 'open'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_agreement_commitments_agreement" ON "agreement_commitments"  ("agreement_id", "due_on")`,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "title_en" character varying(200), "title_zh" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf4685016ac8726ca2e5e23ffb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_agreement_documents_agreement" ON "agreement_documents"  ("agreement_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."agreement_reminder_subject" AS ENUM('agreement_expiry', 'commitment_due')`,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject" "public"."agreement_reminder_subject" NOT NULL, "record_id" uuid NOT NULL, "agreement_id" uuid NOT NULL, "target_date" date NOT NULL, "days_before" integer NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7f147979d6ba023e9b0a0fe3338" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_agreement_reminders_claim" ON "agreement_reminders"  ("subject", "record_id", "target_date", "days_before")`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_agreements" ADD CONSTRAINT "FK_40920334f197e24fce4476b1d69" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_agreement_counterparties" ADD CONSTRAINT "FK_b9cd96b005b0cc57a4cd4d79e5c" FOREIGN KEY ("agreement_id") REFERENCES "partner_agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_agreement_counterparties" ADD CONSTRAINT "FK_7960c2bf8376df4ea66980e04da" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_commitments" ADD CONSTRAINT "FK_a47c2eced9b3934f92918cb486e" FOREIGN KEY ("agreement_id") REFERENCES "partner_agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_commitments" ADD CONSTRAINT "FK_41ba36a0ab3c5a4c8ea28210276" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_commitments" ADD CONSTRAINT "FK_30f4e36a954873ecbb01c76401f" FOREIGN KEY ("completed_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_documents" ADD CONSTRAINT "FK_a079c5560a64dc0dba398d92d10" FOREIGN KEY ("agreement_id") REFERENCES "partner_agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_reminders" ADD CONSTRAINT "FK_55fe832421bd8cd46f8bd0054d5" FOREIGN KEY ("agreement_id") REFERENCES "partner_agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreement_reminders" DROP CONSTRAINT "FK_55fe832421bd8cd46f8bd0054d5"`);
    await queryRunner.query(`ALTER TABLE "agreement_documents" DROP CONSTRAINT "FK_a079c5560a64dc0dba398d92d10"`);
    await queryRunner.query(`ALTER TABLE "agreement_commitments" DROP CONSTRAINT "FK_30f4e36a954873ecbb01c76401f"`);
    await queryRunner.query(`ALTER TABLE "agreement_commitments" DROP CONSTRAINT "FK_41ba36a0ab3c5a4c8ea28210276"`);
    await queryRunner.query(`ALTER TABLE "agreement_commitments" DROP CONSTRAINT "FK_a47c2eced9b3934f92918cb486e"`);
    await queryRunner.query(
      `ALTER TABLE "partner_agreement_counterparties" DROP CONSTRAINT "FK_7960c2bf8376df4ea66980e04da"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_agreement_counterparties" DROP CONSTRAINT "FK_b9cd96b005b0cc57a4cd4d79e5c"`,
    );
    await queryRunner.query(`ALTER TABLE "partner_agreements" DROP CONSTRAINT "FK_40920334f197e24fce4476b1d69"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_agreement_reminders_claim"`);
    await queryRunner.query(`DROP TABLE "agreement_reminders"`);
    await queryRunner.query(`DROP TYPE "public"."agreement_reminder_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_agreement_documents_agreement"`);
    await queryRunner.query(`DROP TABLE "agreement_documents"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_agreement_commitments_agreement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_agreement_commitments_due"`);
    await queryRunner.query(`DROP TABLE "agreement_commitments"`);
    await queryRunner.query(`DROP TYPE "public"."commitment_status"`);
    await queryRunner.query(`DROP TYPE "public"."commitment_owner"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_partner_agreement_counterparties_organization"`);
    await queryRunner.query(`DROP TABLE "partner_agreement_counterparties"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_partner_agreements_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_partner_agreements_effective"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_partner_agreements_expiry"`);
    await queryRunner.query(`DROP TABLE "partner_agreements"`);
    await queryRunner.query(`DROP TYPE "public"."agreement_status"`);
    await queryRunner.query(`DROP TYPE "public"."agreement_kind"`);
  }
}
