CREATE TABLE `eligibility_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`assessment_id` text NOT NULL,
	`person_id` text NOT NULL,
	`decided_by_user_id` text NOT NULL,
	`decided_at` integer NOT NULL,
	`determination` text NOT NULL,
	`eligible` integer NOT NULL,
	`indicative_weekly_pence` integer NOT NULL,
	`agreed_weekly_pence` integer,
	`change_reason` text,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "eligibility_decisions_determination_json" CHECK(json_valid("eligibility_decisions"."determination")),
	CONSTRAINT "eligibility_decisions_eligible_boolean" CHECK("eligibility_decisions"."eligible" in (0, 1)),
	CONSTRAINT "eligibility_decisions_indicative_pence_whole" CHECK(typeof("eligibility_decisions"."indicative_weekly_pence") = 'integer' and "eligibility_decisions"."indicative_weekly_pence" >= 0),
	CONSTRAINT "eligibility_decisions_agreed_pence_whole" CHECK("eligibility_decisions"."agreed_weekly_pence" is null or (typeof("eligibility_decisions"."agreed_weekly_pence") = 'integer' and "eligibility_decisions"."agreed_weekly_pence" >= 0)),
	CONSTRAINT "eligibility_decisions_agreed_only_when_eligible" CHECK(("eligibility_decisions"."eligible" = 1 and "eligibility_decisions"."agreed_weekly_pence" is not null) or ("eligibility_decisions"."eligible" = 0 and "eligibility_decisions"."agreed_weekly_pence" is null)),
	CONSTRAINT "eligibility_decisions_change_reason_not_blank" CHECK("eligibility_decisions"."change_reason" is null or length(trim("eligibility_decisions"."change_reason")) > 0),
	CONSTRAINT "eligibility_decisions_change_has_reason" CHECK("eligibility_decisions"."agreed_weekly_pence" is null or "eligibility_decisions"."agreed_weekly_pence" = "eligibility_decisions"."indicative_weekly_pence" or ("eligibility_decisions"."change_reason" is not null and length(trim("eligibility_decisions"."change_reason")) > 0))
);
--> statement-breakpoint
CREATE INDEX `eligibility_decisions_assessment_id_decided_at` ON `eligibility_decisions` (`assessment_id`,`decided_at`);--> statement-breakpoint
CREATE INDEX `eligibility_decisions_person_id_decided_at` ON `eligibility_decisions` (`person_id`,`decided_at`);--> statement-breakpoint
-- An eligibility decision is a record of what a practitioner decided and the budget the person was told. Like the
-- audit log it is append-only, and the database itself enforces it: a changed decision is a new row, and the latest
-- counts.
CREATE TRIGGER `eligibility_decisions_no_update`
BEFORE UPDATE ON `eligibility_decisions`
BEGIN
	SELECT RAISE(ABORT, 'an eligibility decision cannot be changed: record a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `eligibility_decisions_no_delete`
BEFORE DELETE ON `eligibility_decisions`
BEGIN
	SELECT RAISE(ABORT, 'an eligibility decision cannot be removed');
END;
--> statement-breakpoint
-- Only a submitted self-assessment can be decided on, for the person it belongs to, against the indicative budget it
-- was submitted with. A submitted assessment can never change (assessments_submitted_unchangeable), so this check
-- at insert holds for good.
CREATE TRIGGER `eligibility_decisions_on_submitted_assessment`
BEFORE INSERT ON `eligibility_decisions`
WHEN NOT EXISTS (
	SELECT 1 FROM `assessments`
	WHERE `id` = NEW.`assessment_id`
		AND `person_id` = NEW.`person_id`
		AND `status` = 'submitted'
		AND `weekly_pence` = NEW.`indicative_weekly_pence`
)
BEGIN
	SELECT RAISE(ABORT, 'an eligibility decision needs the person''s submitted self-assessment and its indicative budget');
END;
