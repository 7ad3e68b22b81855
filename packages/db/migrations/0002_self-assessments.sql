CREATE TABLE `assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`questionnaire_id` text NOT NULL,
	`questionnaire_version` text NOT NULL,
	`answers` text DEFAULT '{}' NOT NULL,
	`status` text NOT NULL,
	`started_by_user_id` text NOT NULL,
	`last_updated_by_user_id` text NOT NULL,
	`completed_on_behalf` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`submitted_at` integer,
	`budget` text,
	`ras_config_id` text,
	`ras_config_version` text,
	`weekly_pence` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`started_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`last_updated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "assessments_status_known" CHECK("assessments"."status" in ('draft', 'submitted')),
	CONSTRAINT "assessments_answers_json" CHECK(json_valid("assessments"."answers")),
	CONSTRAINT "assessments_submitted_complete" CHECK(("assessments"."status" = 'draft' and "assessments"."submitted_at" is null and "assessments"."budget" is null and "assessments"."ras_config_id" is null and "assessments"."ras_config_version" is null and "assessments"."weekly_pence" is null) or ("assessments"."status" = 'submitted' and "assessments"."submitted_at" is not null and "assessments"."budget" is not null and json_valid("assessments"."budget") and "assessments"."ras_config_id" is not null and "assessments"."ras_config_version" is not null and "assessments"."weekly_pence" is not null)),
	CONSTRAINT "assessments_weekly_pence_whole" CHECK("assessments"."weekly_pence" is null or (typeof("assessments"."weekly_pence") = 'integer' and "assessments"."weekly_pence" >= 0))
);
--> statement-breakpoint
CREATE INDEX `assessments_person_id_status` ON `assessments` (`person_id`,`status`);--> statement-breakpoint
CREATE INDEX `assessments_status_submitted_at` ON `assessments` (`status`,`submitted_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `assessments_one_draft_per_person_questionnaire` ON `assessments` (`person_id`,`questionnaire_id`) WHERE "assessments"."status" = 'draft';--> statement-breakpoint
-- A submitted self-assessment is a record of what the person answered and the indicative budget they were shown,
-- with its explanation and RAS version. The database refuses to change it, so no code path (or hand-typed SQL) can
-- rewrite it after the fact; a new assessment is started instead.
CREATE TRIGGER `assessments_submitted_unchangeable`
BEFORE UPDATE ON `assessments`
WHEN OLD.`status` = 'submitted'
BEGIN
	SELECT RAISE(ABORT, 'a submitted self-assessment cannot be changed');
END;
