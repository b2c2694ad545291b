import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Risk alerts (issue 15): the alerts, their numbered updates, the organizations exposed (with their
 * acknowledgements) and the users each reached, once.
 */
export class RiskAlerts1765100000000 implements MigrationInterface {
  name = 'RiskAlerts1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."risk_alert_severity" AS ENUM('info', 'warning', 'critical')`);
    await queryRunner.query(
      `CREATE TYPE "public"."risk_alert_category" AS ENUM('security', 'political', 'natural_disaster', 'health', 'regulatory', 'economic', 'labour')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."risk_alert_status" AS ENUM('pending_release', 'active', 'expired', 'withdrawn')`,
    );
    await queryRunner.query(
      `CREATE TABLE "risk_alerts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "issued_by_user_id" uuid NOT NULL, "released_by_user_id" uuid, "severity" "public"."risk_alert_severity" NOT NULL, "category" "public"."risk_alert_category" NOT NULL, "countries" text array NOT NULL, "place" character varying(200), "title_en" character varying(300), "title_zh" character varying(300), "body_en" text, "body_zh" text, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE, "status" "public"."risk_alert_status" NOT NULL, "update_number" integer NOT NULL DEFAULT '0', "issued_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "all_clear_en" text, "all_clear_zh" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_a6f70c28842280b4e39d84bdfb6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_risk_alerts_organization" ON "risk_alerts"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "risk_alert_organizations" ("alert_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "reasons" text array NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by_user_id" uuid, "note" text, "reminded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e5b269a2016e5a3320fcc042458" PRIMARY KEY ("alert_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_risk_alert_organizations_organization" ON "risk_alert_organizations"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "risk_alert_recipients" ("alert_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "exposed" boolean NOT NULL, "update_number" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_60ad6d56ae9c21ea1cfa775273a" PRIMARY KEY ("alert_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "risk_alert_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "alert_id" uuid NOT NULL, "number" integer NOT NULL, "severity" "public"."risk_alert_severity" NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE, "note_en" text, "note_zh" text, "author_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_risk_alert_updates_number" UNIQUE ("alert_id", "number"), CONSTRAINT "PK_010ebbea3282c91a5269cbb65cc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_alerts" ADD CONSTRAINT "FK_6c5e07c8c91de1c3aa4f0b0a0ec" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_alerts" ADD CONSTRAINT "FK_0c164a4baf45511cd89fd098caf" FOREIGN KEY ("issued_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_alerts" ADD CONSTRAINT "FK_b846e268c5214957a319afd6012" FOREIGN KEY ("released_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_alert_organizations" ADD CONSTRAINT "FK_9383ca7764dd0f5321d2bd8bf7c" FOREIGN KEY ("alert_id") REFERENCES "risk_alerts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_alert_organizations" ADD CONSTRAINT "FK_93dddbec5d7aa44c2df486b189e" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_alert_organizations" ADD CONSTRAINT "FK_a55aa4193baf02e585b25ae6354" FOREIGN KEY ("acknowledged_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_alert_recipients" ADD CONSTRAINT "FK_62d2c4217c2553869f323e6a78e" FOREIGN KEY ("alert_id") REFERENCES "risk_alerts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_alert_recipients" ADD CONSTRAINT "FK_5caef6355f012b9975d2c865490" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_alert_updates" ADD CONSTRAINT "FK_f4385d69f907342aa68354d1e07" FOREIGN KEY ("alert_id") REFERENCES "risk_alerts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_alert_updates" ADD CONSTRAINT "FK_1d1ffeb68adee37b9e40964020c" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The lists' order: in force first, gravest, newest (an alert waiting for release first among equals).
    await queryRunner.query(
      `CREATE INDEX "IDX_risk_alerts_list" ON "risk_alerts" (("status" = 'active') DESC, "severity" DESC, "issued_at" DESC NULLS FIRST, "id" DESC)`,
    );
    // A country's alerts (lists, profiles, and beside a financing request's grade).
    await queryRunner.query(`CREATE INDEX "IDX_risk_alerts_countries" ON "risk_alerts" USING gin ("countries")`);
    // The expiry job's scan.
    await queryRunner.query(
      `CREATE INDEX "IDX_risk_alerts_expiry" ON "risk_alerts" ("valid_until") WHERE "status" = 'active'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notifications" WHERE "record_type" = 'risk_alert'`);
    await queryRunner.query(`DROP TABLE "risk_alert_recipients"`);
    await queryRunner.query(`DROP TABLE "risk_alert_organizations"`);
    await queryRunner.query(`DROP TABLE "risk_alert_updates"`);
    await queryRunner.query(`DROP TABLE "risk_alerts"`);
    await queryRunner.query(`DROP TYPE "public"."risk_alert_status"`);
    await queryRunner.query(`DROP TYPE "public"."risk_alert_category"`);
    await queryRunner.query(`DROP TYPE "public"."risk_alert_severity"`);
  }
}
