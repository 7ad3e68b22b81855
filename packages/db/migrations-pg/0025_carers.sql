CREATE TABLE "carer_assessments" (
	"id" text PRIMARY KEY NOT NULL,
	"carer_person_id" text NOT NULL,
	"questionnaire_id" text NOT NULL,
	"questionnaire_version" text NOT NULL,
	"answers" json DEFAULT '{}'::json NOT NULL,
	"status" text NOT NULL,
	"started_by_user_id" text NOT NULL,
	"last_updated_by_user_id" text NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"submitted_at" bigint,
	CONSTRAINT "carer_assessments_status_known" CHECK ("carer_assessments"."status" in ('draft', 'submitted')),
	CONSTRAINT "carer_assessments_submitted_at" CHECK (("carer_assessments"."status" = 'draft' and "carer_assessments"."submitted_at" is null) or ("carer_assessments"."status" = 'submitted' and "carer_assessments"."submitted_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "carer_determinations" (
	"id" text PRIMARY KEY NOT NULL,
	"carer_assessment_id" text NOT NULL,
	"carer_person_id" text NOT NULL,
	"decided_by_user_id" text NOT NULL,
	"decided_at" bigint NOT NULL,
	"eligible" boolean NOT NULL,
	"determination" json NOT NULL,
	"rules_version" text NOT NULL,
	CONSTRAINT "carer_determinations_rules_version_given" CHECK (length(trim("carer_determinations"."rules_version")) > 0)
);
--> statement-breakpoint
CREATE TABLE "caring_relationships" (
	"id" text PRIMARY KEY NOT NULL,
	"carer_person_id" text NOT NULL,
	"cared_for_person_id" text,
	"cared_for_name" text NOT NULL,
	"cared_for_date_of_birth" text,
	"relationship" text NOT NULL,
	"created_by_user_id" text NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "caring_relationships_name_given" CHECK (length(trim("caring_relationships"."cared_for_name")) > 0),
	CONSTRAINT "caring_relationships_relationship_given" CHECK (length(trim("caring_relationships"."relationship")) > 0),
	CONSTRAINT "caring_relationships_not_self" CHECK ("caring_relationships"."cared_for_person_id" is null or "caring_relationships"."cared_for_person_id" <> "caring_relationships"."carer_person_id"),
	CONSTRAINT "caring_relationships_date_of_birth" CHECK ("caring_relationships"."cared_for_date_of_birth" is null or is_calendar_date("caring_relationships"."cared_for_date_of_birth"))
);
--> statement-breakpoint
ALTER TABLE "team_kinds" DROP CONSTRAINT "team_kinds_kind_known";--> statement-breakpoint
ALTER TABLE "work_items" DROP CONSTRAINT "work_items_kind_known";--> statement-breakpoint
ALTER TABLE "carer_assessments" ADD CONSTRAINT "carer_assessments_carer_person_id_people_id_fk" FOREIGN KEY ("carer_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carer_assessments" ADD CONSTRAINT "carer_assessments_started_by_user_id_users_id_fk" FOREIGN KEY ("started_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carer_assessments" ADD CONSTRAINT "carer_assessments_last_updated_by_user_id_users_id_fk" FOREIGN KEY ("last_updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carer_determinations" ADD CONSTRAINT "carer_determinations_carer_assessment_id_carer_assessments_id_fk" FOREIGN KEY ("carer_assessment_id") REFERENCES "public"."carer_assessments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carer_determinations" ADD CONSTRAINT "carer_determinations_carer_person_id_people_id_fk" FOREIGN KEY ("carer_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carer_determinations" ADD CONSTRAINT "carer_determinations_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "caring_relationships" ADD CONSTRAINT "caring_relationships_carer_person_id_people_id_fk" FOREIGN KEY ("carer_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "caring_relationships" ADD CONSTRAINT "caring_relationships_cared_for_person_id_people_id_fk" FOREIGN KEY ("cared_for_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "caring_relationships" ADD CONSTRAINT "caring_relationships_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "carer_assessments_carer_person_id" ON "carer_assessments" USING btree ("carer_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "carer_assessments_one_draft" ON "carer_assessments" USING btree ("carer_person_id","questionnaire_id") WHERE "carer_assessments"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "carer_determinations_assessment_decided_at" ON "carer_determinations" USING btree ("carer_assessment_id","decided_at");--> statement-breakpoint
CREATE INDEX "carer_determinations_carer_person_id" ON "carer_determinations" USING btree ("carer_person_id");--> statement-breakpoint
CREATE INDEX "caring_relationships_carer_person_id" ON "caring_relationships" USING btree ("carer_person_id");--> statement-breakpoint
CREATE INDEX "caring_relationships_cared_for_person_id" ON "caring_relationships" USING btree ("cared_for_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "caring_relationships_once" ON "caring_relationships" USING btree ("carer_person_id","cared_for_person_id") WHERE "caring_relationships"."cared_for_person_id" is not null;--> statement-breakpoint
ALTER TABLE "team_kinds" ADD CONSTRAINT "team_kinds_kind_known" CHECK ("team_kinds"."kind" in ('self-assessment', 'safeguarding-concern', 'financial-assessment', 'plan-agreement', 'referral', 'proxy-request', 'carer-assessment'));--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_kind_known" CHECK ("work_items"."kind" in ('self-assessment', 'safeguarding-concern', 'financial-assessment', 'plan-agreement', 'referral', 'proxy-request', 'carer-assessment'));;--> statement-breakpoint
-- Carers are kept as recorded (see ../migrations/0027_carers.sql).
CREATE TRIGGER caring_relationships_no_update BEFORE UPDATE ON caring_relationships
FOR EACH ROW EXECUTE FUNCTION refuse_change('a caring relationship cannot be changed: record a new one');
--> statement-breakpoint
CREATE TRIGGER caring_relationships_no_delete BEFORE DELETE ON caring_relationships
FOR EACH ROW EXECUTE FUNCTION refuse_change('a caring relationship cannot be removed');
--> statement-breakpoint
CREATE TRIGGER caring_relationships_no_truncate BEFORE TRUNCATE ON caring_relationships
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a caring relationship cannot be removed');
--> statement-breakpoint
CREATE TRIGGER carer_assessments_submitted_unchangeable BEFORE UPDATE ON carer_assessments
FOR EACH ROW WHEN (OLD.status = 'submitted')
EXECUTE FUNCTION refuse_change('a sent carer''s self-assessment cannot be changed');
--> statement-breakpoint
CREATE TRIGGER carer_assessments_no_delete BEFORE DELETE ON carer_assessments
FOR EACH ROW EXECUTE FUNCTION refuse_change('a carer''s self-assessment cannot be removed');
--> statement-breakpoint
CREATE TRIGGER carer_assessments_no_truncate BEFORE TRUNCATE ON carer_assessments
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a carer''s self-assessment cannot be removed');
--> statement-breakpoint
CREATE TRIGGER carer_determinations_no_update BEFORE UPDATE ON carer_determinations
FOR EACH ROW EXECUTE FUNCTION refuse_change('a carer''s eligibility determination cannot be changed: record a new one');
--> statement-breakpoint
CREATE TRIGGER carer_determinations_no_delete BEFORE DELETE ON carer_determinations
FOR EACH ROW EXECUTE FUNCTION refuse_change('a carer''s eligibility determination cannot be removed');
--> statement-breakpoint
CREATE TRIGGER carer_determinations_no_truncate BEFORE TRUNCATE ON carer_determinations
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a carer''s eligibility determination cannot be removed');
--> statement-breakpoint
CREATE FUNCTION carer_determination_needs_sent_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NOT EXISTS (
		SELECT 1 FROM carer_assessments
		WHERE id = NEW.carer_assessment_id AND carer_person_id = NEW.carer_person_id AND status = 'submitted'
	) THEN
		RAISE EXCEPTION USING
			MESSAGE = 'a carer''s eligibility is determined only on their own sent self-assessment',
			ERRCODE = 'integrity_constraint_violation';
	END IF;
	RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER carer_determinations_on_sent_assessment BEFORE INSERT ON carer_determinations
FOR EACH ROW EXECUTE FUNCTION carer_determination_needs_sent_assessment();
--> statement-breakpoint
-- SQLite's rowid, which latestDetermination orders by to tell apart two determinations in one millisecond (as 0002).
ALTER TABLE "carer_determinations" ADD COLUMN "rowid" bigint GENERATED ALWAYS AS IDENTITY;
