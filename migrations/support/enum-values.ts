import type { QueryRunner } from 'typeorm';

/**
 * Adds values to an enum type, each in a statement of its own. A value added cannot be used in the
 * transaction that adds it: the migration that uses it comes after.
 */
export async function addEnumValues(queryRunner: QueryRunner, enumName: string, values: string[]): Promise<void> {
  for (const value of values) await queryRunner.query(`ALTER TYPE "public"."${enumName}" ADD VALUE '${value}'`);
}

/**
 * Takes values out of an enum type again, for a migration's `down` (PostgreSQL cannot drop an enum
 * value): deletes the rows that hold them, then recreates the type with the values it keeps, read
 * from the catalogue in their order, so that no migration has to list every value before it.
 */
export async function dropEnumValues(
  queryRunner: QueryRunner,
  use: { enumName: string; table: string; column: string },
  values: string[],
): Promise<void> {
  const { enumName, table, column } = use;
  await queryRunner.query(`DELETE FROM "${table}" WHERE "${column}"::text = ANY($1)`, [values]);
  const labels: { enumlabel: string }[] = await queryRunner.query(
    `SELECT "enumlabel" FROM "pg_enum" WHERE "enumtypid" = $1::regtype ORDER BY "enumsortorder"`,
    [`"public"."${enumName}"`],
  );
  const kept = labels.map((row) => row.enumlabel).filter((label) => !values.includes(label));
  await queryRunner.query(
    `CREATE TYPE "public"."${enumName}_old" AS ENUM(${kept.map((label) => `'${label}'`).join(', ')})`,
  );
  await queryRunner.query(
    `ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE "public"."${enumName}_old" USING "${column}"::"text"::"public"."${enumName}_old"`,
  );
  await queryRunner.query(`DROP TYPE "public"."${enumName}"`);
  await queryRunner.query(`ALTER TYPE "public"."${enumName}_old" RENAME TO "${enumName}"`);
}
