import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the secretariat's list of every event's meetings (issue 19, "My work": the meetings
 * waiting to be scheduled): the existing indexes all lead with an event or an organization. By
 * status, newest first, with the placement in the index so that the home's count of accepted meetings
 * not yet scheduled reads the index alone; and every meeting, newest first, for the list unfiltered.
 */
export class MeetingsAcrossEvents1765705000000 implements MigrationInterface {
  name = 'MeetingsAcrossEvents1765705000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_meetings_status_created" ON "meetings" ("status", "created_at" DESC, "id" DESC) INCLUDE ("slot_starts_at")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_meetings_created" ON "meetings" ("created_at" DESC, "id" DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_meetings_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meetings_status_created"`);
  }
}
