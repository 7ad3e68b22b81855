CREATE TABLE "positive_risk_assessments" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"support_plan_id" text,
	"recorded_by_user_id" text NOT NULL,
	"recorded_at" bigint NOT NULL,
	"proposal" json NOT NULL,
	"rating" json NOT NULL,
	"matrix_id" text NOT NULL,
	"matrix_version" text NOT NULL,
	"score" bigint NOT NULL,
	CONSTRAINT "positive_risk_assessments_score_whole" CHECK ("positive_risk_assessments"."score" >= 1)
);
--> statement-breakpoint
CREATE TABLE "positive_risk_decisions" (
	"id" text PRIMARY KEY NOT NULL,
	"assessment_id" text NOT NULL,
	"decided_by_user_id" text NOT NULL,
	"decided_at" bigint NOT NULL,
	"outcome" text NOT NULL,
	"review_on" text NOT NULL,
	"assessment" json NOT NULL,
	CONSTRAINT "positive_risk_decisions_outcome_known" CHECK ("positive_risk_decisions"."outcome" in ('agreed', 'agreed-with-conditions', 'not-agreed')),
	CONSTRAINT "positive_risk_decisions_review_on_date" CHECK (is_calendar_date("positive_risk_decisions"."review_on"))
);
--> statement-breakpoint
ALTER TABLE "positive_risk_assessments" ADD CONSTRAINT "positive_risk_assessments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positive_risk_assessments" ADD CONSTRAINT "positive_risk_assessments_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positive_risk_decisions" ADD CONSTRAINT "positive_risk_decisions_assessment_id_positive_risk_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."positive_risk_assessments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positive_risk_decisions" ADD CONSTRAINT "positive_risk_decisions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "positive_risk_assessments_person_id_recorded_at" ON "positive_risk_assessments" USING btree ("person_id","recorded_at");--> statement-breakpoint
CREATE INDEX "positive_risk_assessments_support_plan_id" ON "positive_risk_assessments" USING btree ("support_plan_id");--> statement-breakpoint
CREATE INDEX "positive_risk_decisions_assessment_id_decided_at" ON "positive_risk_decisions" USING btree ("assessment_id","decided_at");--> statement-breakpoint
-- SQLite's rowid, which the repository orders by to tell apart two risks or decisions recorded in the same
-- millisecond (the one recorded last counts), as in 0002 (decision 020).
ALTER TABLE "positive_risk_assessments" ADD COLUMN "rowid" bigint GENERATED ALWAYS AS IDENTITY;
--> statement-breakpoint
ALTER TABLE "positive_risk_decisions" ADD COLUMN "rowid" bigint GENERATED ALWAYS AS IDENTITY;
--> statement-breakpoint
-- As SQLite's 0007: what the person recorded and each decision agreeing it are kept as they were; a new view is a
-- new row. TRUNCATE skips row triggers, so it is refused too.
CREATE TRIGGER positive_risk_assessments_no_update BEFORE UPDATE ON positive_risk_assessments
FOR EACH ROW EXECUTE FUNCTION refuse_change('a positive risk assessment cannot be changed: record a new one');
--> statement-breakpoint
CREATE TRIGGER positive_risk_assessments_no_delete BEFORE DELETE ON positive_risk_assessments
FOR EACH ROW EXECUTE FUNCTION refuse_change('a positive risk assessment cannot be removed');
--> statement-breakpoint
CREATE TRIGGER positive_risk_assessments_no_truncate BEFORE TRUNCATE ON positive_risk_assessments
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a positive risk assessment cannot be removed');
--> statement-breakpoint
CREATE TRIGGER positive_risk_decisions_no_update BEFORE UPDATE ON positive_risk_decisions
FOR EACH ROW EXECUTE FUNCTION refuse_change('a positive risk decision cannot be changed: record a new one');
--> statement-breakpoint
CREATE TRIGGER positive_risk_decisions_no_delete BEFORE DELETE ON positive_risk_decisions
FOR EACH ROW EXECUTE FUNCTION refuse_change('a positive risk decision cannot be removed');
--> statement-breakpoint
CREATE TRIGGER positive_risk_decisions_no_truncate BEFORE TRUNCATE ON positive_risk_decisions
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a positive risk decision cannot be removed');
