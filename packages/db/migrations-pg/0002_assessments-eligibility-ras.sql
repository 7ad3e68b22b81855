CREATE TABLE "assessments" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"questionnaire_id" text NOT NULL,
	"questionnaire_version" text NOT NULL,
	"answers" json DEFAULT '{}'::json NOT NULL,
	"status" text NOT NULL,
	"started_by_user_id" text NOT NULL,
	"last_updated_by_user_id" text NOT NULL,
	"completed_on_behalf" boolean NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"submitted_at" bigint,
	"budget" json,
	"ras_config_id" text,
	"ras_config_version" text,
	"weekly_pence" bigint,
	CONSTRAINT "assessments_status_known" CHECK ("assessments"."status" in ('draft', 'submitted')),
	CONSTRAINT "assessments_submitted_complete" CHECK (("assessments"."status" = 'draft' and "assessments"."submitted_at" is null and "assessments"."budget" is null and "assessments"."ras_config_id" is null and "assessments"."ras_config_version" is null and "assessments"."weekly_pence" is null) or ("assessments"."status" = 'submitted' and "assessments"."submitted_at" is not null and "assessments"."budget" is not null and "assessments"."ras_config_id" is not null and "assessments"."ras_config_version" is not null and "assessments"."weekly_pence" is not null)),
	CONSTRAINT "assessments_weekly_pence_whole" CHECK ("assessments"."weekly_pence" is null or "assessments"."weekly_pence" >= 0)
);
--> statement-breakpoint
CREATE TABLE "eligibility_decisions" (
	"id" text PRIMARY KEY NOT NULL,
	"assessment_id" text NOT NULL,
	"person_id" text NOT NULL,
	"decided_by_user_id" text NOT NULL,
	"decided_at" bigint NOT NULL,
	"determination" json NOT NULL,
	"eligible" boolean NOT NULL,
	"indicative_weekly_pence" bigint NOT NULL,
	"agreed_weekly_pence" bigint,
	"change_reason" text,
	CONSTRAINT "eligibility_decisions_indicative_pence_whole" CHECK ("eligibility_decisions"."indicative_weekly_pence" >= 0),
	CONSTRAINT "eligibility_decisions_agreed_pence_whole" CHECK ("eligibility_decisions"."agreed_weekly_pence" is null or "eligibility_decisions"."agreed_weekly_pence" >= 0),
	CONSTRAINT "eligibility_decisions_agreed_only_when_eligible" CHECK (("eligibility_decisions"."eligible" and "eligibility_decisions"."agreed_weekly_pence" is not null) or (not "eligibility_decisions"."eligible" and "eligibility_decisions"."agreed_weekly_pence" is null)),
	CONSTRAINT "eligibility_decisions_change_reason_not_blank" CHECK ("eligibility_decisions"."change_reason" is null or length(trim("eligibility_decisions"."change_reason")) > 0),
	CONSTRAINT "eligibility_decisions_change_has_reason" CHECK ("eligibility_decisions"."agreed_weekly_pence" is null or "eligibility_decisions"."agreed_weekly_pence" = "eligibility_decisions"."indicative_weekly_pence" or ("eligibility_decisions"."change_reason" is not null and length(trim("eligibility_decisions"."change_reason")) > 0))
);
--> statement-breakpoint
CREATE TABLE "ras_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"config_id" text NOT NULL,
	"version" text NOT NULL,
	"effective_from" text NOT NULL,
	"config" json NOT NULL,
	"calibration" json,
	"published_by_user_id" text NOT NULL,
	"published_at" bigint NOT NULL,
	CONSTRAINT "ras_versions_config_id_not_blank" CHECK (length(trim("ras_versions"."config_id")) > 0),
	CONSTRAINT "ras_versions_version_not_blank" CHECK (length(trim("ras_versions"."version")) > 0),
	CONSTRAINT "ras_versions_effective_from_date" CHECK (is_calendar_date("ras_versions"."effective_from"))
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_started_by_user_id_users_id_fk" FOREIGN KEY ("started_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_last_updated_by_user_id_users_id_fk" FOREIGN KEY ("last_updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_decisions" ADD CONSTRAINT "eligibility_decisions_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_decisions" ADD CONSTRAINT "eligibility_decisions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_decisions" ADD CONSTRAINT "eligibility_decisions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ras_versions" ADD CONSTRAINT "ras_versions_published_by_user_id_users_id_fk" FOREIGN KEY ("published_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_person_id_status" ON "assessments" USING btree ("person_id","status");--> statement-breakpoint
CREATE INDEX "assessments_status_submitted_at" ON "assessments" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_one_draft_per_person_questionnaire" ON "assessments" USING btree ("person_id","questionnaire_id") WHERE "assessments"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "eligibility_decisions_assessment_id_decided_at" ON "eligibility_decisions" USING btree ("assessment_id","decided_at");--> statement-breakpoint
CREATE INDEX "eligibility_decisions_person_id_decided_at" ON "eligibility_decisions" USING btree ("person_id","decided_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ras_versions_config_id_version" ON "ras_versions" USING btree ("config_id","version");--> statement-breakpoint
CREATE INDEX "ras_versions_effective_from_published_at" ON "ras_versions" USING btree ("effective_from","published_at");--> statement-breakpoint
-- SQLite's rowid, which the repositories order by to tell apart two rows written in the same millisecond (the one
-- recorded last is the latest). PostgreSQL has none, so these append-only tables get an identity column of that
-- name, left out of drizzle's tables so that rows read the same on both engines (decision 020).
ALTER TABLE "eligibility_decisions" ADD COLUMN "rowid" bigint GENERATED ALWAYS AS IDENTITY;
--> statement-breakpoint
ALTER TABLE "ras_versions" ADD COLUMN "rowid" bigint GENERATED ALWAYS AS IDENTITY;
--> statement-breakpoint
-- As SQLite's 0002: a submitted self-assessment cannot be changed.
CREATE TRIGGER assessments_submitted_unchangeable BEFORE UPDATE ON assessments
FOR EACH ROW WHEN (OLD.status = 'submitted')
EXECUTE FUNCTION refuse_change('a submitted self-assessment cannot be changed');
--> statement-breakpoint
-- As SQLite's 0003: eligibility decisions are append-only, and made only on the person's submitted self-assessment
-- with its indicative budget.
CREATE TRIGGER eligibility_decisions_no_update BEFORE UPDATE ON eligibility_decisions
FOR EACH ROW EXECUTE FUNCTION refuse_change('an eligibility decision cannot be changed: record a new one');
--> statement-breakpoint
CREATE TRIGGER eligibility_decisions_no_delete BEFORE DELETE ON eligibility_decisions
FOR EACH ROW EXECUTE FUNCTION refuse_change('an eligibility decision cannot be removed');
--> statement-breakpoint
CREATE TRIGGER eligibility_decisions_no_truncate BEFORE TRUNCATE ON eligibility_decisions
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('an eligibility decision cannot be removed');
--> statement-breakpoint
CREATE FUNCTION eligibility_decision_needs_submitted_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NOT EXISTS (
		SELECT 1 FROM assessments
		WHERE id = NEW.assessment_id
			AND person_id = NEW.person_id
			AND status = 'submitted'
			AND weekly_pence = NEW.indicative_weekly_pence
	) THEN
		RAISE EXCEPTION USING
			MESSAGE = 'an eligibility decision needs the person''s submitted self-assessment and its indicative budget',
			ERRCODE = 'integrity_constraint_violation';
	END IF;
	RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER eligibility_decisions_on_submitted_assessment BEFORE INSERT ON eligibility_decisions
FOR EACH ROW EXECUTE FUNCTION eligibility_decision_needs_submitted_assessment();
--> statement-breakpoint
-- As SQLite's 0004: a published RAS version is never rewritten or removed.
CREATE TRIGGER ras_versions_no_update BEFORE UPDATE ON ras_versions
FOR EACH ROW EXECUTE FUNCTION refuse_change('a published RAS version cannot be changed: publish a new version');
--> statement-breakpoint
CREATE TRIGGER ras_versions_no_delete BEFORE DELETE ON ras_versions
FOR EACH ROW EXECUTE FUNCTION refuse_change('a published RAS version cannot be removed');
--> statement-breakpoint
CREATE TRIGGER ras_versions_no_truncate BEFORE TRUNCATE ON ras_versions
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a published RAS version cannot be removed');
