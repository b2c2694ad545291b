import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The investment cooperation platform (issue 16): cooperation projects, expressions of interest with
 * their private threads, the deals they become with each stage reached, and dismissed matches.
 */
export class Cooperation1765300000000 implements MigrationInterface {
  name = 'Cooperation1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."cooperation_project_kind" AS ENUM('seeking_investment', 'seeking_partner', 'offering_capacity', 'procurement')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."cooperation_project_status" AS ENUM('draft', 'in_review', 'open', 'in_talks', 'closed')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."cooperation_audience" AS ENUM('members', 'public')`);
    await queryRunner.query(
      `CREATE TYPE "public"."cooperation_close_outcome" AS ENUM('concluded', 'withdrawn', 'expired')`,
    );
    await queryRunner.query(
      `CREATE TABLE "cooperation_projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "park_id" uuid, "kind" "public"."cooperation_project_kind" NOT NULL, "status" "public"."cooperation_project_status" NOT NULL DEFAULT 'draft', "audience" "public"."cooperation_audience" NOT NULL DEFAULT 'members', "title_en" character varying(300), "title_zh" character varying(300), "summary_en" text, "summary_zh" text, "description_en" text, "description_zh" text, "sectors" text array NOT NULL DEFAULT '{}', "country" character(2) NOT NULL, "size_usd" numeric(14,2), "deadline" date, "return_reason" text, "close_outcome" "public"."cooperation_close_outcome", "close_reason" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "reminded_for" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "sample" boolean NOT NULL DEFAULT false, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_d8ceb92403cb053051f3c6c509a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cooperation_projects_organization" ON "cooperation_projects"  ("organization_id", "updated_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cooperation_projects_country" ON "cooperation_projects"  ("country", "status")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."expression_status" AS ENUM('open', 'accepted', 'declined', 'withdrawn', 'lapsed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "expressions_of_interest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "author_user_id" uuid, "status" "public"."expression_status" NOT NULL DEFAULT 'open', "message" text NOT NULL, "decline_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_c0cae9a0629fa3d661ea1336096" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_expressions_of_interest_organization" ON "expressions_of_interest"  ("organization_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_expressions_of_interest_project" ON "expressions_of_interest"  ("project_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_expressions_of_interest_open" ON "expressions_of_interest"  ("project_id", "organization_id") WHERE "status" = 'open'`,
    );
    await queryRunner.query(
      `CREATE TABLE "cooperation_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "expression_id" uuid NOT NULL, "author_user_id" uuid, "side" character varying(16) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ba61725ddf629412539eb84b49" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cooperation_messages_expression" ON "cooperation_messages"  ("expression_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."deal_stage" AS ENUM('contact', 'site_visit', 'negotiation', 'agreement_signed', 'investment_made', 'lost')`,
    );
    await queryRunner.query(
      `CREATE TABLE "deals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "expression_id" uuid NOT NULL, "owner_organization_id" uuid NOT NULL, "partner_organization_id" uuid NOT NULL, "stage" "public"."deal_stage" NOT NULL DEFAULT 'contact', "invested_usd" numeric(14,2), "invested_on" date, "lost_reason" text, "stage_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_9eff3509ccfd5c8c30e973f7f85" UNIQUE ("expression_id"), CONSTRAINT "REL_9eff3509ccfd5c8c30e973f7f8" UNIQUE ("expression_id"), CONSTRAINT "PK_8c66f03b250f613ff8615940b4b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_deals_project" ON "deals"  ("project_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_deals_partner" ON "deals"  ("partner_organization_id", "updated_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_deals_owner" ON "deals"  ("owner_organization_id", "updated_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_deals_stage" ON "deals"  ("stage", "stage_changed_at")`);
    await queryRunner.query(
      `CREATE TABLE "deal_stage_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deal_id" uuid NOT NULL, "stage" "public"."deal_stage" NOT NULL, "by_user_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3855a011aeaeeae603dc32d9dd7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_deal_stage_changes_deal" ON "deal_stage_changes"  ("deal_id", "at")`);
    await queryRunner.query(
      `CREATE TABLE "match_dismissals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "project_id" uuid NOT NULL, "suggested_organization_id" uuid NOT NULL, "dismissed_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_27db07b3e7302e879d2427b58cf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_match_dismissals_project" ON "match_dismissals"  ("project_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_match_dismissals" ON "match_dismissals"  ("organization_id", "project_id", "suggested_organization_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "cooperation_projects" ADD CONSTRAINT "FK_8038bbf3d8aabe5f133c901c29a" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cooperation_projects" ADD CONSTRAINT "FK_5528abacf9a254fe5099c284aa9" FOREIGN KEY ("park_id") REFERENCES "parks"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cooperation_projects" ADD CONSTRAINT "FK_3bceede25bec05e63c53bd6fe92" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expressions_of_interest" ADD CONSTRAINT "FK_8cd94f03ba8a14d93fc6bbfc8a8" FOREIGN KEY ("project_id") REFERENCES "cooperation_projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expressions_of_interest" ADD CONSTRAINT "FK_ec0a45adfec8814bdfb9aa59367" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expressions_of_interest" ADD CONSTRAINT "FK_377bcf2cc1e3b3747e58595b4c4" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expressions_of_interest" ADD CONSTRAINT "FK_bd8d0b6ee7bf87731d9ceffd605" FOREIGN KEY ("decided_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cooperation_messages" ADD CONSTRAINT "FK_8560f14f829aec7f90cdc2258f8" FOREIGN KEY ("expression_id") REFERENCES "expressions_of_interest"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cooperation_messages" ADD CONSTRAINT "FK_d7700e81fac2a6bb94c0f6e2a38" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "FK_27a814ed01cc023c7347dac81b1" FOREIGN KEY ("project_id") REFERENCES "cooperation_projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "FK_9eff3509ccfd5c8c30e973f7f85" FOREIGN KEY ("expression_id") REFERENCES "expressions_of_interest"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "FK_1a7238cfb7e638587596788ff95" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deals" ADD CONSTRAINT "FK_129820ced6aa75edfab983bd9c6" FOREIGN KEY ("partner_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_stage_changes" ADD CONSTRAINT "FK_f4309c9ca5c0ac28d2b7072c5a4" FOREIGN KEY ("deal_id") REFERENCES "deals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal_stage_changes" ADD CONSTRAINT "FK_14fc816e097cad5d798a1a3fc33" FOREIGN KEY ("by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_dismissals" ADD CONSTRAINT "FK_7f51f47667b4197cff0904c995d" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_dismissals" ADD CONSTRAINT "FK_57858bfed53fe1802943167f9f6" FOREIGN KEY ("project_id") REFERENCES "cooperation_projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_dismissals" ADD CONSTRAINT "FK_4dec64da0f419d8abea9e97f024" FOREIGN KEY ("suggested_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_dismissals" ADD CONSTRAINT "FK_d935c5d0a83d8e35a62d242fe59" FOREIGN KEY ("dismissed_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cooperation_projects_list" ON "cooperation_projects" ("published_at" DESC, "id" DESC) WHERE "status" IN ('open', 'in_talks')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cooperation_projects_sectors" ON "cooperation_projects" USING gin ("sectors")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cooperation_projects_expiry" ON "cooperation_projects" ("expires_at") WHERE "status" = 'open'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cooperation_projects_title_en_trgm" ON "cooperation_projects" USING gin ("title_en" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cooperation_projects_title_zh_trgm" ON "cooperation_projects" USING gin ("title_zh" gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_cooperation_projects_title_zh_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cooperation_projects_title_en_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cooperation_projects_expiry"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cooperation_projects_sectors"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cooperation_projects_list"`);
    await queryRunner.query(`ALTER TABLE "match_dismissals" DROP CONSTRAINT "FK_d935c5d0a83d8e35a62d242fe59"`);
    await queryRunner.query(`ALTER TABLE "match_dismissals" DROP CONSTRAINT "FK_4dec64da0f419d8abea9e97f024"`);
    await queryRunner.query(`ALTER TABLE "match_dismissals" DROP CONSTRAINT "FK_57858bfed53fe1802943167f9f6"`);
    await queryRunner.query(`ALTER TABLE "match_dismissals" DROP CONSTRAINT "FK_7f51f47667b4197cff0904c995d"`);
    await queryRunner.query(`ALTER TABLE "deal_stage_changes" DROP CONSTRAINT "FK_14fc816e097cad5d798a1a3fc33"`);
    await queryRunner.query(`ALTER TABLE "deal_stage_changes" DROP CONSTRAINT "FK_f4309c9ca5c0ac28d2b7072c5a4"`);
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "FK_129820ced6aa75edfab983bd9c6"`);
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "FK_1a7238cfb7e638587596788ff95"`);
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "FK_9eff3509ccfd5c8c30e973f7f85"`);
    await queryRunner.query(`ALTER TABLE "deals" DROP CONSTRAINT "FK_27a814ed01cc023c7347dac81b1"`);
    await queryRunner.query(`ALTER TABLE "cooperation_messages" DROP CONSTRAINT "FK_d7700e81fac2a6bb94c0f6e2a38"`);
    await queryRunner.query(`ALTER TABLE "cooperation_messages" DROP CONSTRAINT "FK_8560f14f829aec7f90cdc2258f8"`);
    await queryRunner.query(`ALTER TABLE "expressions_of_interest" DROP CONSTRAINT "FK_bd8d0b6ee7bf87731d9ceffd605"`);
    await queryRunner.query(`ALTER TABLE "expressions_of_interest" DROP CONSTRAINT "FK_377bcf2cc1e3b3747e58595b4c4"`);
    await queryRunner.query(`ALTER TABLE "expressions_of_interest" DROP CONSTRAINT "FK_ec0a45adfec8814bdfb9aa59367"`);
    await queryRunner.query(`ALTER TABLE "expressions_of_interest" DROP CONSTRAINT "FK_8cd94f03ba8a14d93fc6bbfc8a8"`);
    await queryRunner.query(`ALTER TABLE "cooperation_projects" DROP CONSTRAINT "FK_3bceede25bec05e63c53bd6fe92"`);
    await queryRunner.query(`ALTER TABLE "cooperation_projects" DROP CONSTRAINT "FK_5528abacf9a254fe5099c284aa9"`);
    await queryRunner.query(`ALTER TABLE "cooperation_projects" DROP CONSTRAINT "FK_8038bbf3d8aabe5f133c901c29a"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_match_dismissals"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_match_dismissals_project"`);
    await queryRunner.query(`DROP TABLE "match_dismissals"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deal_stage_changes_deal"`);
    await queryRunner.query(`DROP TABLE "deal_stage_changes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deals_stage"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deals_owner"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deals_partner"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deals_project"`);
    await queryRunner.query(`DROP TABLE "deals"`);
    await queryRunner.query(`DROP TYPE "public"."deal_stage"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cooperation_messages_expression"`);
    await queryRunner.query(`DROP TABLE "cooperation_messages"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_expressions_of_interest_open"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_expressions_of_interest_project"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_expressions_of_interest_organization"`);
    await queryRunner.query(`DROP TABLE "expressions_of_interest"`);
    await queryRunner.query(`DROP TYPE "public"."expression_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cooperation_projects_country"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cooperation_projects_organization"`);
    await queryRunner.query(`DROP TABLE "cooperation_projects"`);
    await queryRunner.query(`DROP TYPE "public"."cooperation_close_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."cooperation_audience"`);
    await queryRunner.query(`DROP TYPE "public"."cooperation_project_status"`);
    await queryRunner.query(`DROP TYPE "public"."cooperation_project_kind"`);
  }
}
