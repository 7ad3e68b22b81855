CREATE TABLE `carer_emergency_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`carer_person_id` text NOT NULL,
	`who_steps_in` text NOT NULL,
	`what_they_need_to_know` text NOT NULL,
	`how_to_reach_them` text NOT NULL,
	`written_by_user_id` text NOT NULL,
	`written_at` integer NOT NULL,
	FOREIGN KEY (`carer_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`written_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "carer_emergency_plans_who_given" CHECK(length(trim("carer_emergency_plans"."who_steps_in")) > 0),
	CONSTRAINT "carer_emergency_plans_what_given" CHECK(length(trim("carer_emergency_plans"."what_they_need_to_know")) > 0),
	CONSTRAINT "carer_emergency_plans_how_given" CHECK(length(trim("carer_emergency_plans"."how_to_reach_them")) > 0)
);
--> statement-breakpoint
CREATE INDEX `carer_emergency_plans_carer_person_id_written_at` ON `carer_emergency_plans` (`carer_person_id`,`written_at`);--> statement-breakpoint
CREATE TABLE `carer_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`carer_person_id` text NOT NULL,
	`carer_determination_id` text NOT NULL,
	`plan` text NOT NULL,
	`budget_kind` text NOT NULL,
	`budget_per` text,
	`amount_pence` integer NOT NULL,
	`annual_pence` integer NOT NULL,
	`delivery` text NOT NULL,
	`weekly_charge_pence` integer NOT NULL,
	`explanation` text NOT NULL,
	`allocation_version` text NOT NULL,
	`rules_version` text NOT NULL,
	`agreed_by_user_id` text NOT NULL,
	`agreed_at` integer NOT NULL,
	FOREIGN KEY (`carer_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`carer_determination_id`) REFERENCES `carer_determinations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`agreed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "carer_plans_plan_json" CHECK(json_valid("carer_plans"."plan")),
	CONSTRAINT "carer_plans_explanation_json" CHECK(json_valid("carer_plans"."explanation")),
	CONSTRAINT "carer_plans_budget_kind_known" CHECK("carer_plans"."budget_kind" in ('one-off', 'recurring')),
	CONSTRAINT "carer_plans_budget_per" CHECK(("carer_plans"."budget_kind" = 'one-off' and "carer_plans"."budget_per" is null) or ("carer_plans"."budget_kind" = 'recurring' and "carer_plans"."budget_per" in ('week', 'four-weeks', 'year'))),
	CONSTRAINT "carer_plans_delivery_known" CHECK("carer_plans"."delivery" in ('direct-payment', 'cassr-managed-personal-budget', 'cassr-commissioned-support')),
	CONSTRAINT "carer_plans_money" CHECK("carer_plans"."amount_pence" > 0 and "carer_plans"."annual_pence" >= 0 and "carer_plans"."weekly_charge_pence" >= 0),
	CONSTRAINT "carer_plans_rules_version_given" CHECK(length(trim("carer_plans"."rules_version")) > 0)
);
--> statement-breakpoint
CREATE INDEX `carer_plans_carer_person_id_agreed_at` ON `carer_plans` (`carer_person_id`,`agreed_at`);--> statement-breakpoint
-- A carer's plan and emergency plan are kept as agreed or written: a change is a new version, the latest counts. A plan
-- is agreed only on the carer's own determination that found them eligible.
CREATE TRIGGER `carer_plans_no_update`
BEFORE UPDATE ON `carer_plans`
BEGIN
	SELECT RAISE(ABORT, 'a carer''s support plan cannot be changed: agree a new version');
END;
--> statement-breakpoint
CREATE TRIGGER `carer_plans_no_delete`
BEFORE DELETE ON `carer_plans`
BEGIN
	SELECT RAISE(ABORT, 'a carer''s support plan cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `carer_plans_on_eligible_determination`
BEFORE INSERT ON `carer_plans`
WHEN NOT EXISTS (SELECT 1 FROM `carer_determinations` WHERE `id` = NEW.carer_determination_id AND `eligible` = 1 AND `carer_person_id` = NEW.carer_person_id)
BEGIN
	SELECT RAISE(ABORT, 'a carer''s support plan is agreed only on their own determination that found them eligible');
END;
--> statement-breakpoint
CREATE TRIGGER `carer_emergency_plans_no_update`
BEFORE UPDATE ON `carer_emergency_plans`
BEGIN
	SELECT RAISE(ABORT, 'a carer''s emergency plan cannot be changed: write a new version');
END;
--> statement-breakpoint
CREATE TRIGGER `carer_emergency_plans_no_delete`
BEFORE DELETE ON `carer_emergency_plans`
BEGIN
	SELECT RAISE(ABORT, 'a carer''s emergency plan cannot be removed');
END;
