import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The service catalogue of partner agreements: services, members' requests for them and their private threads. */
export class AgreementServices1765520000000 implements MigrationInterface {
  name = 'AgreementServices1765520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agreement_services" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "provider_organization_id" uuid NOT NULL, "name_en" character varying(300), "name_zh" character varying(300), "description_en" text, "description_zh" text, "eligibility_en" text, "eligibility_zh" text, "active" boolean NOT NULL DEFAULT true, "sample" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_c87c57dacdcc53b142aff97efac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_agreement_services_provider" ON "agreement_services"  ("provider_organization_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_agreement_services_agreement" ON "agreement_services"  ("agreement_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."service_request_status" AS ENUM('requested', 'accepted', 'delivered', 'declined')`,
    );
    await queryRunner.query(
      `CREATE TABLE "service_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "agreement_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "provider_organization_id" uuid NOT NULL, "park_id" uuid, "requested_by_user_id" uuid, "status" "public"."service_request_status" NOT NULL DEFAULT 'requested', "need_en" text, "need_zh" text, "decline_reason" text, "accepted_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "declined_at" TIMESTAMP WITH TIME ZONE, "decided_by_user_id" uuid, "rating" smallint, "rating_comment" text, "rated_at" TIMESTAMP WITH TIME ZONE, "rated_by_user_id" uuid, "sample" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_ee60bcd826b7e130bfbd97daf66" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_service_requests_agreement" ON "service_requests"  ("agreement_id", "park_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_service_requests_service" ON "service_requests"  ("service_id", "status")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_service_requests_provider" ON "service_requests"  ("provider_organization_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_service_requests_organization" ON "service_requests"  ("organization_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "service_request_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "author_user_id" uuid, "side" character varying(16) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d32b54bb9413cf0da255726430a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_service_request_messages_request" ON "service_request_messages"  ("request_id", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_services" ADD CONSTRAINT "FK_2bd22df6667e8d3f80ca643a85a" FOREIGN KEY ("agreement_id") REFERENCES "partner_agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_services" ADD CONSTRAINT "FK_a1ac4dc72316e1d8c8cfdcae082" FOREIGN KEY ("provider_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_requests" ADD CONSTRAINT "FK_1c2a35adb9aed8807aae3d51ee7" FOREIGN KEY ("service_id") REFERENCES "agreement_services"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_requests" ADD CONSTRAINT "FK_dc2479bccf7747c424e425fb07a" FOREIGN KEY ("agreement_id") REFERENCES "partner_agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_requests" ADD CONSTRAINT "FK_3669a65e61d294897f48f6050b4" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_requests" ADD CONSTRAINT "FK_3e9756604634884e46bb178cc9b" FOREIGN KEY ("provider_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_requests" ADD CONSTRAINT "FK_e7f39abef439b86b04045b48904" FOREIGN KEY ("park_id") REFERENCES "parks"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_requests" ADD CONSTRAINT "FK_266357e43a50fba0a72136631cb" FOREIGN KEY ("requested_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request_messages" ADD CONSTRAINT "FK_bed25fcd21d307b7215e771b094" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request_messages" ADD CONSTRAINT "FK_e2ff10eb229902b1be702b6e6af" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_request_messages" DROP CONSTRAINT "FK_e2ff10eb229902b1be702b6e6af"`);
    await queryRunner.query(`ALTER TABLE "service_request_messages" DROP CONSTRAINT "FK_bed25fcd21d307b7215e771b094"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "FK_266357e43a50fba0a72136631cb"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "FK_e7f39abef439b86b04045b48904"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "FK_3e9756604634884e46bb178cc9b"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "FK_3669a65e61d294897f48f6050b4"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "FK_dc2479bccf7747c424e425fb07a"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "FK_1c2a35adb9aed8807aae3d51ee7"`);
    await queryRunner.query(`ALTER TABLE "agreement_services" DROP CONSTRAINT "FK_a1ac4dc72316e1d8c8cfdcae082"`);
    await queryRunner.query(`ALTER TABLE "agreement_services" DROP CONSTRAINT "FK_2bd22df6667e8d3f80ca643a85a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_service_request_messages_request"`);
    await queryRunner.query(`DROP TABLE "service_request_messages"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_service_requests_organization"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_service_requests_provider"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_service_requests_service"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_service_requests_agreement"`);
    await queryRunner.query(`DROP TABLE "service_requests"`);
    await queryRunner.query(`DROP TYPE "public"."service_request_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_agreement_services_agreement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_agreement_services_provider"`);
    await queryRunner.query(`DROP TABLE "agreement_services"`);
  }
}
