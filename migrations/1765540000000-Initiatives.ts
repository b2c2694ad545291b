import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Initiatives (issue 18): the alliance's public declarations with their ordered principles, the
 * endorsements of member organizations (one per organization, a unique index) and members' proposals
 * that their organization endorse.
 */
export class Initiatives1765540000000 implements MigrationInterface {
  name = 'Initiatives1765540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."initiative_status" AS ENUM('draft', 'open_for_endorsement', 'closed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "initiatives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title_en" character varying(300), "title_zh" character varying(300), "preamble_en" text, "preamble_zh" text, "principles" jsonb NOT NULL DEFAULT '[]', "status" "public"."initiative_status" NOT NULL DEFAULT 'draft', "opens_on" date, "closes_on" date, "scheduled" boolean NOT NULL DEFAULT false, "target_organizations" integer, "created_by_user_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_6f2f191bc885b9c50400a8b10d8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_initiatives_status" ON "initiatives"("status", "opens_on")`);
    await queryRunner.query(
      `CREATE TYPE "public"."endorsement_proposal_status" AS ENUM('pending', 'signed', 'declined', 'lapsed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "endorsement_proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiative_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "proposed_by_user_id" uuid, "note" text, "status" "public"."endorsement_proposal_status" NOT NULL DEFAULT 'pending', "decided_by_user_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6c7bda1a009d5844f36c1ebf221" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_endorsement_proposals_organization" ON "endorsement_proposals"("organization_id", "initiative_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_endorsement_proposals_pending" ON "endorsement_proposals"("initiative_id", "organization_id") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(`CREATE TYPE "public"."endorsement_status" AS ENUM('endorsed', 'withdrawn')`);
    await queryRunner.query(
      `CREATE TABLE "endorsements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiative_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "status" "public"."endorsement_status" NOT NULL DEFAULT 'endorsed', "statement_en" text, "statement_zh" text, "signed_by_user_id" uuid, "endorsed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_c7a21592bc1b39fabf5ba56f738" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_endorsements_organization" ON "endorsements"("organization_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_endorsements_initiative_status" ON "endorsements"("initiative_id", "status", "endorsed_at")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_endorsements_initiative_organization" ON "endorsements"("initiative_id", "organization_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "endorsement_proposals" ADD CONSTRAINT "FK_49e68162d6921cf6aaafd96b522" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "endorsement_proposals" ADD CONSTRAINT "FK_ffdab81c9f7daaeea9bd3702a50" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "endorsement_proposals" ADD CONSTRAINT "FK_68bf6ce76626c2b86344531144a" FOREIGN KEY ("proposed_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "endorsements" ADD CONSTRAINT "FK_1d13a04fef70408f4ca154dafcc" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "endorsements" ADD CONSTRAINT "FK_fb016904d933c664274f47004c7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "endorsements" ADD CONSTRAINT "FK_f751986bbdadb7d46a74c82b9ab" FOREIGN KEY ("signed_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "FK_f751986bbdadb7d46a74c82b9ab"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "FK_fb016904d933c664274f47004c7"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "FK_1d13a04fef70408f4ca154dafcc"`);
    await queryRunner.query(`ALTER TABLE "endorsement_proposals" DROP CONSTRAINT "FK_68bf6ce76626c2b86344531144a"`);
    await queryRunner.query(`ALTER TABLE "endorsement_proposals" DROP CONSTRAINT "FK_ffdab81c9f7daaeea9bd3702a50"`);
    await queryRunner.query(`ALTER TABLE "endorsement_proposals" DROP CONSTRAINT "FK_49e68162d6921cf6aaafd96b522"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_endorsements_initiative_organization"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_endorsements_initiative_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_endorsements_organization"`);
    await queryRunner.query(`DROP TABLE "endorsements"`);
    await queryRunner.query(`DROP TYPE "public"."endorsement_status"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_endorsement_proposals_pending"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_endorsement_proposals_organization"`);
    await queryRunner.query(`DROP TABLE "endorsement_proposals"`);
    await queryRunner.query(`DROP TYPE "public"."endorsement_proposal_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_initiatives_status"`);
    await queryRunner.query(`DROP TABLE "initiatives"`);
    await queryRunner.query(`DROP TYPE "public"."initiative_status"`);
  }
}
