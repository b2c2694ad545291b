import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addEnumValues, dropEnumValues } from './support/enum-values';

/** Notification types of issue 19's annual reports: to the secretariat user who asked, the report ready or failed. */
const NEW_TYPES = ['annual_report_ready', 'annual_report_failed'];

/**
 * The notification types of annual reports, added on their own so that the table can land after it (a
 * value added to an enum cannot be used in the transaction that adds it).
 */
export class AnnualReportNotifications1765620000000 implements MigrationInterface {
  name = 'AnnualReportNotifications1765620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addEnumValues(queryRunner, 'notification_type', NEW_TYPES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropEnumValues(
      queryRunner,
      { enumName: 'notification_type', table: 'notifications', column: 'type' },
      NEW_TYPES,
    );
  }
}
