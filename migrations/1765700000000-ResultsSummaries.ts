import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Daily summaries of the alliance's results (issue 19), so that the results since the founding read a
 * few thousand small rows instead of every post, endorsement, alert, deal and financing request: each
 * table counts, per day in the alliance's time zone, what its section counts, and triggers keep it
 * right after every insert, update and delete of the records it counts, in the writer's transaction.
 * The day depends on the time zone, kept in results_summary_zone; the API sets it at start
 * (results_summaries_zone), rebuilding every summary when it changes. results_summaries_rebuild()
 * recounts them all from the records (the backfill here). The triggers run at commit (deferred), so that
 * a writer holds a summary's row for the moment of its commit only, not for the rest of its transaction. Two indexes serve the sections that are
 * not summed: requests submitted in a range (the median days to a first offer) and service requests
 * made in one (per agreement).
 */

/** Each summary: its table, and the statement that fills it from the records (the zone in `z`). */
const SUMMARIES = {
  results_post_days: `
    INSERT INTO results_post_days (day, kind, posts)
    SELECT (p.published_at AT TIME ZONE z)::date, p.kind, count(*)
      FROM posts p WHERE p.status IN ('published', 'archived') AND p.published_at IS NOT NULL GROUP BY 1, 2`,
  results_endorsement_days: `
    INSERT INTO results_endorsement_days (day, signed, withdrawn)
    SELECT day, sum(signed), sum(withdrawn) FROM (
      SELECT (e.endorsed_at AT TIME ZONE z)::date AS day, 1 AS signed, 0 AS withdrawn FROM endorsements e
      UNION ALL
      SELECT (e.withdrawn_at AT TIME ZONE z)::date, 0, 1 FROM endorsements e WHERE e.withdrawn_at IS NOT NULL
    ) m GROUP BY day`,
  results_alert_days: `
    INSERT INTO results_alert_days (day, issued, acknowledged)
    SELECT day, sum(issued), sum(acknowledged) FROM (
      SELECT (a.issued_at AT TIME ZONE z)::date AS day, 1 AS issued, 0 AS acknowledged FROM risk_alerts a WHERE a.issued_at IS NOT NULL
      UNION ALL
      SELECT (k.acknowledged_at AT TIME ZONE z)::date, 0, 1 FROM risk_alert_organizations k WHERE k.acknowledged_at IS NOT NULL
    ) m GROUP BY day`,
  results_deal_days: `
    INSERT INTO results_deal_days (day, stage, deals, invested, invested_usd)
    SELECT (d.created_at AT TIME ZONE z)::date, d.stage, count(*), count(d.invested_usd), COALESCE(sum(d.invested_usd), 0)
      FROM deals d GROUP BY 1, 2`,
  results_financing_days: `
    INSERT INTO results_financing_days (day, instrument, currency, asked, asked_amount, accepted, accepted_amount)
    SELECT day, instrument, currency, sum(asked), sum(asked_amount), sum(accepted), sum(accepted_amount) FROM (
      SELECT (r.submitted_at AT TIME ZONE z)::date AS day, r.instrument, r.currency::text AS currency,
             1 AS asked, COALESCE(r.amount, 0) AS asked_amount, 0 AS accepted, 0 AS accepted_amount
        FROM financing_requests r
       WHERE r.submitted_at IS NOT NULL AND r.instrument IS NOT NULL AND r.currency IS NOT NULL
      UNION ALL
      SELECT (r.decided_at AT TIME ZONE z)::date, r.instrument, o.currency::text, 0, 0, 1, o.amount
        FROM financing_requests r JOIN financing_offers o ON o.review_id = r.accepted_review_id
       WHERE r.status = 'accepted' AND r.decided_at IS NOT NULL AND r.instrument IS NOT NULL
    ) m GROUP BY 1, 2, 3`,
};

export class ResultsSummaries1765700000000 implements MigrationInterface {
  name = 'ResultsSummaries1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The zone the summaries' days are in (the API's ALLIANCE_TIME_ZONE, default Asia/Shanghai).
    await queryRunner.query(
      `CREATE TABLE "results_summary_zone" ("only" boolean PRIMARY KEY DEFAULT true CHECK ("only"), "time_zone" text NOT NULL)`,
    );
    await queryRunner.query(`INSERT INTO "results_summary_zone" ("time_zone") VALUES ('Asia/Shanghai')`);
    await queryRunner.query(`
      CREATE FUNCTION results_day(at timestamptz) RETURNS date LANGUAGE sql STABLE AS $$
        SELECT (at AT TIME ZONE (SELECT time_zone FROM results_summary_zone))::date $$`);

    await queryRunner.query(
      `CREATE TABLE "results_post_days" ("day" date NOT NULL, "kind" "public"."post_kind" NOT NULL, "posts" integer NOT NULL, CONSTRAINT "PK_results_post_days" PRIMARY KEY ("day", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "results_endorsement_days" ("day" date NOT NULL, "signed" integer NOT NULL, "withdrawn" integer NOT NULL, CONSTRAINT "PK_results_endorsement_days" PRIMARY KEY ("day"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "results_alert_days" ("day" date NOT NULL, "issued" integer NOT NULL, "acknowledged" integer NOT NULL, CONSTRAINT "PK_results_alert_days" PRIMARY KEY ("day"))`,
    );
    // invested: how many deals carry an investment (a sum of none is written 0, as the section always did).
    await queryRunner.query(
      `CREATE TABLE "results_deal_days" ("day" date NOT NULL, "stage" "public"."deal_stage" NOT NULL, "deals" integer NOT NULL, "invested" integer NOT NULL, "invested_usd" numeric NOT NULL, CONSTRAINT "PK_results_deal_days" PRIMARY KEY ("day", "stage"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "results_financing_days" ("day" date NOT NULL, "instrument" "public"."financing_instrument" NOT NULL, "currency" character(3) NOT NULL, "asked" integer NOT NULL, "asked_amount" numeric NOT NULL, "accepted" integer NOT NULL, "accepted_amount" numeric NOT NULL, CONSTRAINT "PK_results_financing_days" PRIMARY KEY ("day", "instrument", "currency"))`,
    );

    // Every summary recounted from the records, in the zone of results_summary_zone.
    await queryRunner.query(`
      CREATE FUNCTION results_summaries_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      DECLARE z text := (SELECT time_zone FROM results_summary_zone);
      BEGIN
        TRUNCATE ${Object.keys(SUMMARIES).join(', ')};
        ${Object.values(SUMMARIES)
          .map((sql) => `${sql};`)
          .join('\n')}
      END $$`);
    // The API's time zone at start: when it is not the summaries' zone, they are recounted in it.
    await queryRunner.query(`
      CREATE FUNCTION results_summaries_zone(zone text) RETURNS boolean LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM results_summary_zone WHERE time_zone = zone;
        IF FOUND THEN RETURN false; END IF;
        -- Taken in turn by APIs starting together: the second finds the zone set.
        PERFORM 1 FROM results_summary_zone FOR UPDATE;
        UPDATE results_summary_zone SET time_zone = zone WHERE time_zone <> zone;
        IF NOT FOUND THEN RETURN false; END IF;
        PERFORM results_summaries_rebuild();
        RETURN true;
      END $$`);

    // Posts published (or since archived), by the day of publication and kind.
    await queryRunner.query(`
      CREATE FUNCTION results_count_post() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' AND OLD.status IN ('published', 'archived') AND OLD.published_at IS NOT NULL THEN
          UPDATE results_post_days SET posts = posts - 1 WHERE day = results_day(OLD.published_at) AND kind = OLD.kind;
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.status IN ('published', 'archived') AND NEW.published_at IS NOT NULL THEN
          INSERT INTO results_post_days AS s (day, kind, posts) VALUES (results_day(NEW.published_at), NEW.kind, 1)
            ON CONFLICT (day, kind) DO UPDATE SET posts = s.posts + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "TR_results_posts" AFTER INSERT OR DELETE ON "posts" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION results_count_post()`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "TR_results_posts_update" AFTER UPDATE OF "status", "published_at", "kind" ON "posts" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
         WHEN ((OLD.status, OLD.published_at, OLD.kind) IS DISTINCT FROM (NEW.status, NEW.published_at, NEW.kind))
         EXECUTE FUNCTION results_count_post()`,
    );

    // Endorsements signed on their day, withdrawn on theirs.
    await queryRunner.query(`
      CREATE FUNCTION results_count_endorsement() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          UPDATE results_endorsement_days SET signed = signed - 1 WHERE day = results_day(OLD.endorsed_at);
          IF OLD.withdrawn_at IS NOT NULL THEN
            UPDATE results_endorsement_days SET withdrawn = withdrawn - 1 WHERE day = results_day(OLD.withdrawn_at);
          END IF;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO results_endorsement_days AS s (day, signed, withdrawn) VALUES (results_day(NEW.endorsed_at), 1, 0)
            ON CONFLICT (day) DO UPDATE SET signed = s.signed + 1;
          IF NEW.withdrawn_at IS NOT NULL THEN
            INSERT INTO results_endorsement_days AS s (day, signed, withdrawn) VALUES (results_day(NEW.withdrawn_at), 0, 1)
              ON CONFLICT (day) DO UPDATE SET withdrawn = s.withdrawn + 1;
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "TR_results_endorsements" AFTER INSERT OR DELETE ON "endorsements" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION results_count_endorsement()`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "TR_results_endorsements_update" AFTER UPDATE OF "endorsed_at", "withdrawn_at" ON "endorsements" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
         WHEN ((OLD.endorsed_at, OLD.withdrawn_at) IS DISTINCT FROM (NEW.endorsed_at, NEW.withdrawn_at))
         EXECUTE FUNCTION results_count_endorsement()`,
    );

    // Alerts on the day they were issued; acknowledgements on the day they were given.
    await queryRunner.query(`
      CREATE FUNCTION results_count_alert() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        was timestamptz;
        now_at timestamptz;
        column_name text := CASE TG_TABLE_NAME WHEN 'risk_alerts' THEN 'issued' ELSE 'acknowledged' END;
      BEGIN
        IF TG_TABLE_NAME = 'risk_alerts' THEN
          IF TG_OP <> 'INSERT' THEN was := OLD.issued_at; END IF;
          IF TG_OP <> 'DELETE' THEN now_at := NEW.issued_at; END IF;
        ELSE
          IF TG_OP <> 'INSERT' THEN was := OLD.acknowledged_at; END IF;
          IF TG_OP <> 'DELETE' THEN now_at := NEW.acknowledged_at; END IF;
        END IF;
        IF was IS NOT NULL THEN
          EXECUTE format('UPDATE results_alert_days SET %1$I = %1$I - 1 WHERE day = $1', column_name) USING results_day(was);
        END IF;
        IF now_at IS NOT NULL THEN
          EXECUTE format(
            'INSERT INTO results_alert_days AS s (day, issued, acknowledged) VALUES ($1, %s) ON CONFLICT (day) DO UPDATE SET %I = s.%I + 1',
            CASE column_name WHEN 'issued' THEN '1, 0' ELSE '0, 1' END, column_name, column_name)
            USING results_day(now_at);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "TR_results_alerts" AFTER INSERT OR DELETE ON "risk_alerts" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION results_count_alert()`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "TR_results_alerts_update" AFTER UPDATE OF "issued_at" ON "risk_alerts" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
         WHEN (OLD.issued_at IS DISTINCT FROM NEW.issued_at) EXECUTE FUNCTION results_count_alert()`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "TR_results_alert_acknowledgements" AFTER INSERT OR DELETE ON "risk_alert_organizations" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION results_count_alert()`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "TR_results_alert_acknowledgements_update" AFTER UPDATE OF "acknowledged_at" ON "risk_alert_organizations" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
         WHEN (OLD.acknowledged_at IS DISTINCT FROM NEW.acknowledged_at) EXECUTE FUNCTION results_count_alert()`,
    );

    // Deals on the day they were opened, by the stage they are at, with the investment recorded on them.
    await queryRunner.query(`
      CREATE FUNCTION results_count_deal() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          UPDATE results_deal_days
             SET deals = deals - 1, invested = invested - (OLD.invested_usd IS NOT NULL)::int,
                 invested_usd = invested_usd - COALESCE(OLD.invested_usd, 0)
           WHERE day = results_day(OLD.created_at) AND stage = OLD.stage;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO results_deal_days AS s (day, stage, deals, invested, invested_usd)
          VALUES (results_day(NEW.created_at), NEW.stage, 1, (NEW.invested_usd IS NOT NULL)::int, COALESCE(NEW.invested_usd, 0))
            ON CONFLICT (day, stage) DO UPDATE
            SET deals = s.deals + 1, invested = s.invested + EXCLUDED.invested, invested_usd = s.invested_usd + EXCLUDED.invested_usd;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "TR_results_deals" AFTER INSERT OR DELETE ON "deals" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION results_count_deal()`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "TR_results_deals_update" AFTER UPDATE OF "created_at", "stage", "invested_usd" ON "deals" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
         WHEN ((OLD.created_at, OLD.stage, OLD.invested_usd) IS DISTINCT FROM (NEW.created_at, NEW.stage, NEW.invested_usd))
         EXECUTE FUNCTION results_count_deal()`,
    );

    // Financing asked on the day a request was submitted (its amount); accepted on the day it was decided
    // (the accepted offer's amount and currency: an offer does not change once released).
    await queryRunner.query(`
      CREATE FUNCTION results_financing_change(r financing_requests, sign integer) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE offer record;
      BEGIN
        IF r.submitted_at IS NOT NULL AND r.instrument IS NOT NULL AND r.currency IS NOT NULL THEN
          INSERT INTO results_financing_days AS s (day, instrument, currency, asked, asked_amount, accepted, accepted_amount)
          VALUES (results_day(r.submitted_at), r.instrument, r.currency, sign, sign * COALESCE(r.amount, 0), 0, 0)
            ON CONFLICT (day, instrument, currency) DO UPDATE
            SET asked = s.asked + EXCLUDED.asked, asked_amount = s.asked_amount + EXCLUDED.asked_amount;
        END IF;
        IF r.status = 'accepted' AND r.decided_at IS NOT NULL AND r.instrument IS NOT NULL THEN
          FOR offer IN SELECT o.currency, o.amount FROM financing_offers o WHERE o.review_id = r.accepted_review_id LOOP
            INSERT INTO results_financing_days AS s (day, instrument, currency, asked, asked_amount, accepted, accepted_amount)
            VALUES (results_day(r.decided_at), r.instrument, offer.currency, 0, 0, sign, sign * offer.amount)
              ON CONFLICT (day, instrument, currency) DO UPDATE
              SET accepted = s.accepted + EXCLUDED.accepted, accepted_amount = s.accepted_amount + EXCLUDED.accepted_amount;
          END LOOP;
        END IF;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION results_count_financing() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM results_financing_change(OLD, -1); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM results_financing_change(NEW, 1); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "TR_results_financing" AFTER INSERT OR DELETE ON "financing_requests" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION results_count_financing()`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "TR_results_financing_update" AFTER UPDATE ON "financing_requests" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
         WHEN ((OLD.submitted_at, OLD.instrument, OLD.currency, OLD.amount, OLD.status, OLD.decided_at, OLD.accepted_review_id)
               IS DISTINCT FROM (NEW.submitted_at, NEW.instrument, NEW.currency, NEW.amount, NEW.status, NEW.decided_at, NEW.accepted_review_id))
         EXECUTE FUNCTION results_count_financing()`,
    );

    await queryRunner.query(`SELECT results_summaries_rebuild()`);

    // Requests submitted in a range with their instrument (the median days to a first offer).
    await queryRunner.query(
      `CREATE INDEX "IDX_financing_requests_results" ON "financing_requests" ("submitted_at") INCLUDE ("instrument", "id") WHERE "instrument" IS NOT NULL`,
    );
    // Service requests made in a range, with what the uptake per agreement counts.
    await queryRunner.query(
      `CREATE INDEX "IDX_service_requests_results" ON "service_requests" ("created_at") INCLUDE ("agreement_id", "status", "rating")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_service_requests_results"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_financing_requests_results"`);
    for (const [trigger, table] of [
      ['TR_results_financing_update', 'financing_requests'],
      ['TR_results_financing', 'financing_requests'],
      ['TR_results_deals_update', 'deals'],
      ['TR_results_deals', 'deals'],
      ['TR_results_alert_acknowledgements_update', 'risk_alert_organizations'],
      ['TR_results_alert_acknowledgements', 'risk_alert_organizations'],
      ['TR_results_alerts_update', 'risk_alerts'],
      ['TR_results_alerts', 'risk_alerts'],
      ['TR_results_endorsements_update', 'endorsements'],
      ['TR_results_endorsements', 'endorsements'],
      ['TR_results_posts_update', 'posts'],
      ['TR_results_posts', 'posts'],
    ])
      await queryRunner.query(`DROP TRIGGER "${trigger}" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION results_count_financing()`);
    await queryRunner.query(`DROP FUNCTION results_financing_change(financing_requests, integer)`);
    await queryRunner.query(`DROP FUNCTION results_count_deal()`);
    await queryRunner.query(`DROP FUNCTION results_count_alert()`);
    await queryRunner.query(`DROP FUNCTION results_count_endorsement()`);
    await queryRunner.query(`DROP FUNCTION results_count_post()`);
    await queryRunner.query(`DROP FUNCTION results_summaries_zone(text)`);
    await queryRunner.query(`DROP FUNCTION results_summaries_rebuild()`);
    for (const table of [...Object.keys(SUMMARIES)].reverse()) await queryRunner.query(`DROP TABLE "${table}"`);
    await queryRunner.query(`DROP FUNCTION results_day(timestamptz)`);
    await queryRunner.query(`DROP TABLE "results_summary_zone"`);
  }
}
