CREATE TABLE "outcome_ratings" (
	"id" text PRIMARY KEY NOT NULL,
	"plan_id" text NOT NULL,
	"plan_version" bigint NOT NULL,
	"review_id" text,
	"occasion" text NOT NULL,
	"outcome_id" text NOT NULL,
	"outcome_words" text NOT NULL,
	"framework_items" json NOT NULL,
	"attainment" text NOT NULL,
	"rater_role" text NOT NULL,
	"rated_by_user_id" text NOT NULL,
	"comment" text,
	"rated_at" bigint NOT NULL,
	CONSTRAINT "outcome_ratings_attainment_known" CHECK ("outcome_ratings"."attainment" in ('fully', 'partly', 'not-achieved')),
	CONSTRAINT "outcome_ratings_rater_known" CHECK ("outcome_ratings"."rater_role" in ('person', 'representative', 'practitioner', 'provider')),
	CONSTRAINT "outcome_ratings_occasion_known" CHECK ("outcome_ratings"."occasion" in ('baseline', 'review')),
	CONSTRAINT "outcome_ratings_review_matches_occasion" CHECK (("outcome_ratings"."occasion" = 'baseline' and "outcome_ratings"."review_id" is null) or ("outcome_ratings"."occasion" = 'review' and "outcome_ratings"."review_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "support_plan_reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"plan_id" text NOT NULL,
	"plan_version" bigint NOT NULL,
	"opened_by_user_id" text NOT NULL,
	"opened_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_plan_transitions" (
	"plan_id" text NOT NULL,
	"record_version" bigint NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"plan_version" bigint NOT NULL,
	"by_user_id" text NOT NULL,
	"by_role" text NOT NULL,
	"at" bigint NOT NULL,
	"reason" text,
	"changes" json,
	"rules_version" text,
	CONSTRAINT "support_plan_transitions_plan_id_record_version_pk" PRIMARY KEY("plan_id","record_version"),
	CONSTRAINT "support_plan_transitions_action_known" CHECK ("support_plan_transitions"."action" in ('create', 'edit', 'submit', 'approve', 'return', 'activate', 'flexible-change', 'start-review', 'complete-review', 'revise', 'end')),
	CONSTRAINT "support_plan_transitions_to_known" CHECK ("support_plan_transitions"."to_status" in ('draft', 'submitted', 'approved', 'returned', 'active', 'under-review', 'revised', 'ended')),
	CONSTRAINT "support_plan_transitions_role_known" CHECK ("support_plan_transitions"."by_role" in ('person', 'representative', 'family-or-friend', 'planner', 'practitioner', 'manager', 'provider'))
);
--> statement-breakpoint
CREATE TABLE "support_plan_versions" (
	"plan_id" text NOT NULL,
	"version" bigint NOT NULL,
	"status" text NOT NULL,
	"change" text NOT NULL,
	"plan" json NOT NULL,
	"weekly_cost_pence" bigint NOT NULL,
	"one_off_cost_pence" bigint NOT NULL,
	"budget_weekly_pence" bigint NOT NULL,
	"direct_payment_weekly_pence" bigint NOT NULL,
	"managed_account_weekly_pence" bigint NOT NULL,
	"individual_service_fund_weekly_pence" bigint NOT NULL,
	"created_by_user_id" text NOT NULL,
	"created_by_role" text NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "support_plan_versions_plan_id_version_pk" PRIMARY KEY("plan_id","version"),
	CONSTRAINT "support_plan_versions_status_known" CHECK ("support_plan_versions"."status" in ('draft', 'submitted', 'approved', 'returned', 'active', 'under-review', 'revised', 'ended')),
	CONSTRAINT "support_plan_versions_change_known" CHECK ("support_plan_versions"."change" in ('created', 'edited', 'revised', 'flexible-change')),
	CONSTRAINT "support_plan_versions_role_known" CHECK ("support_plan_versions"."created_by_role" in ('person', 'representative', 'family-or-friend', 'planner', 'practitioner', 'manager', 'provider')),
	CONSTRAINT "support_plan_versions_weekly_cost_whole" CHECK ("support_plan_versions"."weekly_cost_pence" >= 0),
	CONSTRAINT "support_plan_versions_one_off_cost_whole" CHECK ("support_plan_versions"."one_off_cost_pence" >= 0),
	CONSTRAINT "support_plan_versions_budget_whole" CHECK ("support_plan_versions"."budget_weekly_pence" >= 0),
	CONSTRAINT "support_plan_versions_direct_payment_whole" CHECK ("support_plan_versions"."direct_payment_weekly_pence" >= 0),
	CONSTRAINT "support_plan_versions_managed_account_whole" CHECK ("support_plan_versions"."managed_account_weekly_pence" >= 0),
	CONSTRAINT "support_plan_versions_isf_whole" CHECK ("support_plan_versions"."individual_service_fund_weekly_pence" >= 0),
	CONSTRAINT "support_plan_versions_split_adds_up" CHECK ("support_plan_versions"."direct_payment_weekly_pence" + "support_plan_versions"."managed_account_weekly_pence" + "support_plan_versions"."individual_service_fund_weekly_pence" = "support_plan_versions"."budget_weekly_pence")
);
--> statement-breakpoint
CREATE TABLE "support_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"status" text NOT NULL,
	"record_version" bigint NOT NULL,
	"current_version" bigint NOT NULL,
	"approved_version" bigint,
	"in_force_version" bigint,
	"created_by_user_id" text NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	CONSTRAINT "support_plans_status_known" CHECK ("support_plans"."status" in ('draft', 'submitted', 'approved', 'returned', 'active', 'under-review', 'revised', 'ended')),
	CONSTRAINT "support_plans_record_version_positive" CHECK ("support_plans"."record_version" >= 1),
	CONSTRAINT "support_plans_current_version_positive" CHECK ("support_plans"."current_version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "outcome_ratings" ADD CONSTRAINT "outcome_ratings_plan_id_support_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."support_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_ratings" ADD CONSTRAINT "outcome_ratings_review_id_support_plan_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."support_plan_reviews"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_ratings" ADD CONSTRAINT "outcome_ratings_rated_by_user_id_users_id_fk" FOREIGN KEY ("rated_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plan_reviews" ADD CONSTRAINT "support_plan_reviews_plan_id_support_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."support_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plan_reviews" ADD CONSTRAINT "support_plan_reviews_opened_by_user_id_users_id_fk" FOREIGN KEY ("opened_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plan_transitions" ADD CONSTRAINT "support_plan_transitions_plan_id_support_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."support_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plan_transitions" ADD CONSTRAINT "support_plan_transitions_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plan_versions" ADD CONSTRAINT "support_plan_versions_plan_id_support_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."support_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plan_versions" ADD CONSTRAINT "support_plan_versions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plans" ADD CONSTRAINT "support_plans_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plans" ADD CONSTRAINT "support_plans_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcome_ratings_plan_id_rated_at" ON "outcome_ratings" USING btree ("plan_id","rated_at");--> statement-breakpoint
CREATE INDEX "outcome_ratings_review_id" ON "outcome_ratings" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "support_plan_reviews_plan_id_opened_at" ON "support_plan_reviews" USING btree ("plan_id","opened_at");--> statement-breakpoint
CREATE INDEX "support_plan_transitions_to_status_at" ON "support_plan_transitions" USING btree ("to_status","at");--> statement-breakpoint
CREATE INDEX "support_plans_status_updated_at" ON "support_plans" USING btree ("status","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "support_plans_one_open_per_person" ON "support_plans" USING btree ("person_id") WHERE "support_plans"."status" <> 'ended';--> statement-breakpoint
-- SQLite's rowid, which the ratings are ordered by to tell apart two written in the same millisecond (the one
-- recorded last counts), as in 0002 (decision 020).
ALTER TABLE "outcome_ratings" ADD COLUMN "rowid" bigint GENERATED ALWAYS AS IDENTITY;
--> statement-breakpoint
-- As SQLite's 0005: every version of a plan, every move it made, every review and every rating are kept as they were
-- recorded (decision 007), and a plan is ended, never removed. TRUNCATE skips row triggers, so it is refused too.
CREATE TRIGGER support_plan_versions_no_update BEFORE UPDATE ON support_plan_versions
FOR EACH ROW EXECUTE FUNCTION refuse_change('a support plan version cannot be changed: record a new version');
--> statement-breakpoint
CREATE TRIGGER support_plan_versions_no_delete BEFORE DELETE ON support_plan_versions
FOR EACH ROW EXECUTE FUNCTION refuse_change('a support plan version cannot be removed');
--> statement-breakpoint
CREATE TRIGGER support_plan_versions_no_truncate BEFORE TRUNCATE ON support_plan_versions
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a support plan version cannot be removed');
--> statement-breakpoint
CREATE TRIGGER support_plan_transitions_no_update BEFORE UPDATE ON support_plan_transitions
FOR EACH ROW EXECUTE FUNCTION refuse_change('a support plan''s history cannot be changed');
--> statement-breakpoint
CREATE TRIGGER support_plan_transitions_no_delete BEFORE DELETE ON support_plan_transitions
FOR EACH ROW EXECUTE FUNCTION refuse_change('a support plan''s history cannot be removed');
--> statement-breakpoint
CREATE TRIGGER support_plan_transitions_no_truncate BEFORE TRUNCATE ON support_plan_transitions
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a support plan''s history cannot be removed');
--> statement-breakpoint
CREATE TRIGGER support_plan_reviews_no_update BEFORE UPDATE ON support_plan_reviews
FOR EACH ROW EXECUTE FUNCTION refuse_change('a support plan review cannot be changed');
--> statement-breakpoint
CREATE TRIGGER support_plan_reviews_no_delete BEFORE DELETE ON support_plan_reviews
FOR EACH ROW EXECUTE FUNCTION refuse_change('a support plan review cannot be removed');
--> statement-breakpoint
CREATE TRIGGER support_plan_reviews_no_truncate BEFORE TRUNCATE ON support_plan_reviews
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a support plan review cannot be removed');
--> statement-breakpoint
CREATE TRIGGER outcome_ratings_no_update BEFORE UPDATE ON outcome_ratings
FOR EACH ROW EXECUTE FUNCTION refuse_change('an outcome rating cannot be changed: record a new one');
--> statement-breakpoint
CREATE TRIGGER outcome_ratings_no_delete BEFORE DELETE ON outcome_ratings
FOR EACH ROW EXECUTE FUNCTION refuse_change('an outcome rating cannot be removed');
--> statement-breakpoint
CREATE TRIGGER outcome_ratings_no_truncate BEFORE TRUNCATE ON outcome_ratings
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('an outcome rating cannot be removed');
--> statement-breakpoint
CREATE TRIGGER support_plans_no_delete BEFORE DELETE ON support_plans
FOR EACH ROW EXECUTE FUNCTION refuse_change('a support plan cannot be removed: end it instead');
--> statement-breakpoint
CREATE TRIGGER support_plans_no_truncate BEFORE TRUNCATE ON support_plans
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a support plan cannot be removed: end it instead');
