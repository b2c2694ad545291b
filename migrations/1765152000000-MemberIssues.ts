import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The member issues log (issue 15): government bodies the secretariat relays to, cases grouping
 * members' issues that are the same problem, and the issues themselves, with the sequences of their
 * references (MI-2026-00001, IC-2026-00001) and the indexes of their lists.
 */
export class MemberIssues1765152000000 implements MigrationInterface {
  name = 'MemberIssues1765152000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "government_bodies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name_en" character varying(300), "name_zh" character varying(300), "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_80eab8af56b4deaa34361fa1847" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_government_bodies_active" ON "government_bodies"  ("active", "name_en") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."member_issue_category" AS ENUM('customs', 'permits', 'labour', 'security', 'tax', 'land', 'finance', 'other')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."issue_case_status" AS ENUM('open', 'relayed', 'answered', 'resolved', 'closed')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."member_issue_status" AS ENUM('submitted', 'acknowledged', 'relayed', 'answered', 'resolved', 'closed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "issue_cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(20) NOT NULL, "category" "public"."member_issue_category" NOT NULL, "country" character(2) NOT NULL, "title_en" character varying(300), "title_zh" character varying(300), "summary_en" text, "summary_zh" text, "status" "public"."issue_case_status" NOT NULL DEFAULT 'open', "raised_by" integer NOT NULL DEFAULT '0', "has_public_issue" boolean NOT NULL DEFAULT false, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "government_body_id" uuid, "relayed_text" text, "relayed_at" TIMESTAMP WITH TIME ZONE, "answer_en" text, "answer_zh" text, "answered_at" TIMESTAMP WITH TIME ZONE, "closed_reason" text, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_c5ae466b99577291c6190d81a23" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_issue_cases_reference" ON "issue_cases"  ("reference") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_issue_cases_country" ON "issue_cases"  ("country", "category", "opened_at") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_issue_cases_status" ON "issue_cases"  ("status", "opened_at", "id") `);
    // The open cases, oldest problem first: the default list of cases and the secretariat's view.
    await queryRunner.query(
      `CREATE INDEX "IDX_issue_cases_open" ON "issue_cases" ("opened_at", "id") WHERE "status" IN ('open', 'relayed', 'answered')`,
    );
    await queryRunner.query(
      `CREATE TABLE "member_issues" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(20) NOT NULL, "organization_id" uuid NOT NULL, "raised_by_user_id" uuid NOT NULL, "category" "public"."member_issue_category" NOT NULL, "country" character(2) NOT NULL, "park_id" uuid, "title_en" character varying(300), "title_zh" character varying(300), "description_en" text, "description_zh" text, "confidential" boolean NOT NULL DEFAULT false, "status" "public"."member_issue_status" NOT NULL DEFAULT 'submitted', "case_id" uuid, "closed_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_33abf481c07e96626b11a76ea5e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_member_issues_reference" ON "member_issues"  ("reference") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_member_issues_case" ON "member_issues"  ("case_id", "organization_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_member_issues_status" ON "member_issues"  ("status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_member_issues_created" ON "member_issues"  ("created_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_member_issues_organization" ON "member_issues"  ("organization_id", "created_at", "id") `,
    );
    // The secretariat's inbox: submitted issues not yet filed in a case, oldest first.
    await queryRunner.query(
      `CREATE INDEX "IDX_member_issues_unfiled" ON "member_issues" ("created_at", "id") WHERE "case_id" IS NULL AND "status" = 'submitted'`,
    );
    await queryRunner.query(`CREATE SEQUENCE "member_issue_reference_seq"`);
    await queryRunner.query(`CREATE SEQUENCE "issue_case_reference_seq"`);
    for (const [constraint, table, column, target, onDelete] of [
      ['FK_431b7d65bf5466343701a9a6b4c', 'issue_cases', 'government_body_id', 'government_bodies', 'RESTRICT'],
      ['FK_d063b24b8be965d13a2fd2cd6cc', 'issue_cases', 'created_by_user_id', 'users', 'RESTRICT'],
      ['FK_66524e4bfa78b56841a404e4247', 'member_issues', 'organization_id', 'organizations', 'RESTRICT'],
      ['FK_94797f1ba402cbb4d6f6e56d330', 'member_issues', 'raised_by_user_id', 'users', 'RESTRICT'],
      ['FK_b3a208382bbba25e720832ef717', 'member_issues', 'park_id', 'parks', 'SET NULL'],
      ['FK_95d9a5ab1f6bd8e5dc68f06ef8d', 'member_issues', 'case_id', 'issue_cases', 'RESTRICT'],
    ])
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${constraint}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Their notifications point at records that go (the notification types stay: AlertAndIssueNotifications).
    await queryRunner.query(`DELETE FROM "notifications" WHERE "record_type" IN ('member_issue', 'issue_case')`);
    await queryRunner.query(`DROP TABLE "member_issues"`);
    await queryRunner.query(`DROP TABLE "issue_cases"`);
    await queryRunner.query(`DROP TABLE "government_bodies"`);
    await queryRunner.query(`DROP SEQUENCE "issue_case_reference_seq"`);
    await queryRunner.query(`DROP SEQUENCE "member_issue_reference_seq"`);
    await queryRunner.query(`DROP TYPE "public"."member_issue_status"`);
    await queryRunner.query(`DROP TYPE "public"."issue_case_status"`);
    await queryRunner.query(`DROP TYPE "public"."member_issue_category"`);
  }
}
