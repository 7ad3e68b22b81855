CREATE TABLE `support_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`status` text NOT NULL,
	`record_version` integer NOT NULL,
	`current_version` integer NOT NULL,
	`approved_version` integer,
	`in_force_version` integer,
	`created_by_user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "support_plans_status_known" CHECK("support_plans"."status" in ('draft', 'submitted', 'approved', 'returned', 'active', 'under-review', 'revised', 'ended')),
	CONSTRAINT "support_plans_record_version_positive" CHECK(typeof("support_plans"."record_version") = 'integer' and "support_plans"."record_version" >= 1),
	CONSTRAINT "support_plans_current_version_positive" CHECK(typeof("support_plans"."current_version") = 'integer' and "support_plans"."current_version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `support_plans_status_updated_at` ON `support_plans` (`status`,`updated_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `support_plans_one_open_per_person` ON `support_plans` (`person_id`) WHERE "support_plans"."status" <> 'ended';--> statement-breakpoint
CREATE TABLE `support_plan_versions` (
	`plan_id` text NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`change` text NOT NULL,
	`plan` text NOT NULL,
	`weekly_cost_pence` integer NOT NULL,
	`one_off_cost_pence` integer NOT NULL,
	`budget_weekly_pence` integer NOT NULL,
	`direct_payment_weekly_pence` integer NOT NULL,
	`managed_account_weekly_pence` integer NOT NULL,
	`individual_service_fund_weekly_pence` integer NOT NULL,
	`created_by_user_id` text NOT NULL,
	`created_by_role` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`plan_id`, `version`),
	FOREIGN KEY (`plan_id`) REFERENCES `support_plans`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "support_plan_versions_status_known" CHECK("support_plan_versions"."status" in ('draft', 'submitted', 'approved', 'returned', 'active', 'under-review', 'revised', 'ended')),
	CONSTRAINT "support_plan_versions_change_known" CHECK("support_plan_versions"."change" in ('created', 'edited', 'revised', 'flexible-change')),
	CONSTRAINT "support_plan_versions_role_known" CHECK("support_plan_versions"."created_by_role" in ('person', 'representative', 'family-or-friend', 'planner', 'practitioner', 'manager', 'provider')),
	CONSTRAINT "support_plan_versions_plan_json" CHECK(json_valid("support_plan_versions"."plan")),
	CONSTRAINT "support_plan_versions_weekly_cost_whole" CHECK(typeof("support_plan_versions"."weekly_cost_pence") = 'integer' and "support_plan_versions"."weekly_cost_pence" >= 0),
	CONSTRAINT "support_plan_versions_one_off_cost_whole" CHECK(typeof("support_plan_versions"."one_off_cost_pence") = 'integer' and "support_plan_versions"."one_off_cost_pence" >= 0),
	CONSTRAINT "support_plan_versions_budget_whole" CHECK(typeof("support_plan_versions"."budget_weekly_pence") = 'integer' and "support_plan_versions"."budget_weekly_pence" >= 0),
	CONSTRAINT "support_plan_versions_direct_payment_whole" CHECK(typeof("support_plan_versions"."direct_payment_weekly_pence") = 'integer' and "support_plan_versions"."direct_payment_weekly_pence" >= 0),
	CONSTRAINT "support_plan_versions_managed_account_whole" CHECK(typeof("support_plan_versions"."managed_account_weekly_pence") = 'integer' and "support_plan_versions"."managed_account_weekly_pence" >= 0),
	CONSTRAINT "support_plan_versions_isf_whole" CHECK(typeof("support_plan_versions"."individual_service_fund_weekly_pence") = 'integer' and "support_plan_versions"."individual_service_fund_weekly_pence" >= 0),
	CONSTRAINT "support_plan_versions_split_adds_up" CHECK("support_plan_versions"."direct_payment_weekly_pence" + "support_plan_versions"."managed_account_weekly_pence" + "support_plan_versions"."individual_service_fund_weekly_pence" = "support_plan_versions"."budget_weekly_pence")
);
--> statement-breakpoint
CREATE TABLE `support_plan_transitions` (
	`plan_id` text NOT NULL,
	`record_version` integer NOT NULL,
	`action` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`plan_version` integer NOT NULL,
	`by_user_id` text NOT NULL,
	`by_role` text NOT NULL,
	`at` integer NOT NULL,
	`reason` text,
	`changes` text,
	`rules_version` text,
	PRIMARY KEY(`plan_id`, `record_version`),
	FOREIGN KEY (`plan_id`) REFERENCES `support_plans`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "support_plan_transitions_action_known" CHECK("support_plan_transitions"."action" in ('create', 'edit', 'submit', 'approve', 'return', 'activate', 'flexible-change', 'start-review', 'complete-review', 'revise', 'end')),
	CONSTRAINT "support_plan_transitions_to_known" CHECK("support_plan_transitions"."to_status" in ('draft', 'submitted', 'approved', 'returned', 'active', 'under-review', 'revised', 'ended')),
	CONSTRAINT "support_plan_transitions_role_known" CHECK("support_plan_transitions"."by_role" in ('person', 'representative', 'family-or-friend', 'planner', 'practitioner', 'manager', 'provider')),
	CONSTRAINT "support_plan_transitions_changes_json" CHECK("support_plan_transitions"."changes" is null or json_valid("support_plan_transitions"."changes"))
);
--> statement-breakpoint
CREATE INDEX `support_plan_transitions_to_status_at` ON `support_plan_transitions` (`to_status`,`at`);--> statement-breakpoint
CREATE TABLE `support_plan_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`plan_version` integer NOT NULL,
	`opened_by_user_id` text NOT NULL,
	`opened_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `support_plans`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`opened_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `support_plan_reviews_plan_id_opened_at` ON `support_plan_reviews` (`plan_id`,`opened_at`);--> statement-breakpoint
CREATE TABLE `outcome_ratings` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`plan_version` integer NOT NULL,
	`review_id` text,
	`occasion` text NOT NULL,
	`outcome_id` text NOT NULL,
	`outcome_words` text NOT NULL,
	`framework_items` text NOT NULL,
	`attainment` text NOT NULL,
	`rater_role` text NOT NULL,
	`rated_by_user_id` text NOT NULL,
	`comment` text,
	`rated_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `support_plans`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`review_id`) REFERENCES `support_plan_reviews`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`rated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "outcome_ratings_attainment_known" CHECK("outcome_ratings"."attainment" in ('fully', 'partly', 'not-achieved')),
	CONSTRAINT "outcome_ratings_rater_known" CHECK("outcome_ratings"."rater_role" in ('person', 'representative', 'practitioner', 'provider')),
	CONSTRAINT "outcome_ratings_occasion_known" CHECK("outcome_ratings"."occasion" in ('baseline', 'review')),
	CONSTRAINT "outcome_ratings_framework_items_json" CHECK(json_valid("outcome_ratings"."framework_items")),
	CONSTRAINT "outcome_ratings_review_matches_occasion" CHECK(("outcome_ratings"."occasion" = 'baseline' and "outcome_ratings"."review_id" is null) or ("outcome_ratings"."occasion" = 'review' and "outcome_ratings"."review_id" is not null))
);
--> statement-breakpoint
CREATE INDEX `outcome_ratings_plan_id_rated_at` ON `outcome_ratings` (`plan_id`,`rated_at`);--> statement-breakpoint
CREATE INDEX `outcome_ratings_review_id` ON `outcome_ratings` (`review_id`);--> statement-breakpoint
-- Every version of a plan, every move it made, every review and every rating are kept as they were recorded (decision
-- 007): the database refuses to change or remove them, so what the council agreed, and when, stays answerable.
CREATE TRIGGER `support_plan_versions_no_update`
BEFORE UPDATE ON `support_plan_versions`
BEGIN
	SELECT RAISE(ABORT, 'a support plan version cannot be changed: record a new version');
END;
--> statement-breakpoint
CREATE TRIGGER `support_plan_versions_no_delete`
BEFORE DELETE ON `support_plan_versions`
BEGIN
	SELECT RAISE(ABORT, 'a support plan version cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `support_plan_transitions_no_update`
BEFORE UPDATE ON `support_plan_transitions`
BEGIN
	SELECT RAISE(ABORT, 'a support plan''s history cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `support_plan_transitions_no_delete`
BEFORE DELETE ON `support_plan_transitions`
BEGIN
	SELECT RAISE(ABORT, 'a support plan''s history cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `support_plan_reviews_no_update`
BEFORE UPDATE ON `support_plan_reviews`
BEGIN
	SELECT RAISE(ABORT, 'a support plan review cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `support_plan_reviews_no_delete`
BEFORE DELETE ON `support_plan_reviews`
BEGIN
	SELECT RAISE(ABORT, 'a support plan review cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `outcome_ratings_no_update`
BEFORE UPDATE ON `outcome_ratings`
BEGIN
	SELECT RAISE(ABORT, 'an outcome rating cannot be changed: record a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `outcome_ratings_no_delete`
BEFORE DELETE ON `outcome_ratings`
BEGIN
	SELECT RAISE(ABORT, 'an outcome rating cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `support_plans_no_delete`
BEFORE DELETE ON `support_plans`
BEGIN
	SELECT RAISE(ABORT, 'a support plan cannot be removed: end it instead');
END;
