CREATE TABLE `coproduction_surveys` (
	`id` text PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	`survey_version` text NOT NULL,
	`title` text NOT NULL,
	`definition` text NOT NULL,
	`first_used_at` integer NOT NULL,
	CONSTRAINT "coproduction_surveys_definition_json" CHECK(json_valid("coproduction_surveys"."definition"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coproduction_surveys_survey_id_version` ON `coproduction_surveys` (`survey_id`,`survey_version`);--> statement-breakpoint
-- WITHOUT ROWID, by hand: rows are kept in the order of their random key, so the table does not remember in which
-- order anonymous responses arrived (an order that could be matched against a web server's access log).
CREATE TABLE `coproduction_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`survey_ref` text NOT NULL,
	`kind` text NOT NULL,
	`variant` text NOT NULL,
	`answers` text NOT NULL,
	`submitted_on` text NOT NULL,
	`respondent_user_id` text,
	`submitted_at` integer,
	FOREIGN KEY (`survey_ref`) REFERENCES `coproduction_surveys`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`respondent_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "coproduction_responses_kind_known" CHECK("coproduction_responses"."kind" in ('anonymous', 'named')),
	CONSTRAINT "coproduction_responses_variant_known" CHECK("coproduction_responses"."variant" in ('standard', 'easy-read')),
	CONSTRAINT "coproduction_responses_answers_json" CHECK(json_valid("coproduction_responses"."answers") and json_type("coproduction_responses"."answers") = 'array'),
	CONSTRAINT "coproduction_responses_submitted_on_date" CHECK(date("coproduction_responses"."submitted_on") is "coproduction_responses"."submitted_on"),
	CONSTRAINT "coproduction_responses_anonymous_has_no_identifier" CHECK(("coproduction_responses"."kind" = 'anonymous' and "coproduction_responses"."respondent_user_id" is null and "coproduction_responses"."submitted_at" is null) or ("coproduction_responses"."kind" = 'named' and "coproduction_responses"."respondent_user_id" is not null and "coproduction_responses"."submitted_at" is not null))
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `coproduction_responses_survey_ref_submitted_on` ON `coproduction_responses` (`survey_ref`,`submitted_on`);--> statement-breakpoint
CREATE INDEX `coproduction_responses_respondent_user_id` ON `coproduction_responses` (`respondent_user_id`);--> statement-breakpoint
CREATE TABLE `coproduction_moderation_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`response_id` text NOT NULL,
	`question_id` text NOT NULL,
	`decision` text NOT NULL,
	`reason` text,
	`decided_by_user_id` text NOT NULL,
	`decided_at` integer NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `coproduction_responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "coproduction_moderation_decisions_known" CHECK("coproduction_moderation_decisions"."decision" in ('publish', 'withhold')),
	CONSTRAINT "coproduction_moderation_decisions_withhold_has_reason" CHECK("coproduction_moderation_decisions"."decision" = 'publish' or ("coproduction_moderation_decisions"."reason" is not null and length(trim("coproduction_moderation_decisions"."reason")) > 0))
);
--> statement-breakpoint
CREATE INDEX `coproduction_moderation_decisions_response_question` ON `coproduction_moderation_decisions` (`response_id`,`question_id`,`decided_at`);--> statement-breakpoint
CREATE TABLE `coproduction_links` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`survey_id` text NOT NULL,
	`created_by_user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "coproduction_links_token_hash_sha256_hex" CHECK(length("coproduction_links"."token_hash") = 64 and "coproduction_links"."token_hash" not glob '*[^0-9a-f]*')
);
--> statement-breakpoint
CREATE INDEX `coproduction_links_survey_id` ON `coproduction_links` (`survey_id`);--> statement-breakpoint
CREATE TABLE `you_said_we_did` (
	`id` text PRIMARY KEY NOT NULL,
	`record_id` text NOT NULL,
	`version` integer NOT NULL,
	`theme` text NOT NULL,
	`what_people_said` text NOT NULL,
	`action` text NOT NULL,
	`owner` text NOT NULL,
	`raised_on` text NOT NULL,
	`target_on` text,
	`state` text NOT NULL,
	`done_on` text,
	`what_changed` text,
	`not_doing_reason` text,
	`survey_id` text,
	`recorded_by_user_id` text NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "you_said_we_did_state_known" CHECK("you_said_we_did"."state" in ('planned', 'in-progress', 'done', 'not-doing')),
	CONSTRAINT "you_said_we_did_raised_on_date" CHECK(date("you_said_we_did"."raised_on") is "you_said_we_did"."raised_on"),
	CONSTRAINT "you_said_we_did_target_on_date" CHECK("you_said_we_did"."target_on" is null or date("you_said_we_did"."target_on") is "you_said_we_did"."target_on"),
	CONSTRAINT "you_said_we_did_done_has_date" CHECK(("you_said_we_did"."state" = 'done' and "you_said_we_did"."done_on" is not null and date("you_said_we_did"."done_on") is "you_said_we_did"."done_on") or ("you_said_we_did"."state" <> 'done' and "you_said_we_did"."done_on" is null)),
	CONSTRAINT "you_said_we_did_not_doing_has_reason" CHECK("you_said_we_did"."state" <> 'not-doing' or ("you_said_we_did"."not_doing_reason" is not null and length(trim("you_said_we_did"."not_doing_reason")) > 0))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `you_said_we_did_record_id_version` ON `you_said_we_did` (`record_id`,`version`);--> statement-breakpoint
CREATE TABLE `coproduction_activities` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`held_on` text NOT NULL,
	`kind` text NOT NULL,
	`participants` text NOT NULL,
	`decisions` text NOT NULL,
	`rung` text NOT NULL,
	`rung_reason` text NOT NULL,
	`notes` text,
	`recorded_by_user_id` text NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "coproduction_activities_rung_known" CHECK("coproduction_activities"."rung" in ('coercion', 'educating', 'informing', 'consultation', 'engagement', 'co-design', 'co-production')),
	CONSTRAINT "coproduction_activities_held_on_date" CHECK(date("coproduction_activities"."held_on") is "coproduction_activities"."held_on"),
	CONSTRAINT "coproduction_activities_participants_json" CHECK(json_valid("coproduction_activities"."participants")),
	CONSTRAINT "coproduction_activities_decisions_json" CHECK(json_valid("coproduction_activities"."decisions"))
);
--> statement-breakpoint
CREATE INDEX `coproduction_activities_held_on` ON `coproduction_activities` (`held_on`);--> statement-breakpoint
-- A survey's wording, once answered, is what its answers mean: it is never changed or removed.
CREATE TRIGGER `coproduction_surveys_no_update`
BEFORE UPDATE ON `coproduction_surveys`
BEGIN
	SELECT RAISE(ABORT, 'a survey wording that has been answered cannot be changed: give the survey a new version');
END;
--> statement-breakpoint
CREATE TRIGGER `coproduction_surveys_no_delete`
BEFORE DELETE ON `coproduction_surveys`
BEGIN
	SELECT RAISE(ABORT, 'a survey wording that has been answered cannot be removed');
END;
--> statement-breakpoint
-- A response is what someone said: it can be withdrawn whole, never edited.
CREATE TRIGGER `coproduction_responses_no_update`
BEFORE UPDATE ON `coproduction_responses`
BEGIN
	SELECT RAISE(ABORT, 'a survey response cannot be changed');
END;
--> statement-breakpoint
-- Moderation decisions are a record of who let what be published: a new decision is a new row. Deletion only comes
-- with the response itself (ON DELETE CASCADE), so there is no delete trigger here.
CREATE TRIGGER `coproduction_moderation_decisions_no_update`
BEFORE UPDATE ON `coproduction_moderation_decisions`
BEGIN
	SELECT RAISE(ABORT, 'a moderation decision cannot be changed: record a new one');
END;
--> statement-breakpoint
-- A one-time link changes once, from unused to used, and never back.
CREATE TRIGGER `coproduction_links_used_once`
BEFORE UPDATE ON `coproduction_links`
WHEN OLD.`used_at` IS NOT NULL OR NEW.`used_at` IS NULL OR NEW.`token_hash` IS NOT OLD.`token_hash` OR NEW.`survey_id` IS NOT OLD.`survey_id` OR NEW.`expires_at` IS NOT OLD.`expires_at` OR NEW.`created_at` IS NOT OLD.`created_at` OR NEW.`created_by_user_id` IS NOT OLD.`created_by_user_id`
BEGIN
	SELECT RAISE(ABORT, 'a one-time survey link can only be marked used, once');
END;
--> statement-breakpoint
CREATE TRIGGER `you_said_we_did_no_update`
BEFORE UPDATE ON `you_said_we_did`
BEGIN
	SELECT RAISE(ABORT, 'a you said, we did record cannot be changed: record a new version');
END;
--> statement-breakpoint
CREATE TRIGGER `you_said_we_did_no_delete`
BEFORE DELETE ON `you_said_we_did`
BEGIN
	SELECT RAISE(ABORT, 'a you said, we did record cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `coproduction_activities_no_update`
BEFORE UPDATE ON `coproduction_activities`
BEGIN
	SELECT RAISE(ABORT, 'a co-production activity cannot be changed: record a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `coproduction_activities_no_delete`
BEFORE DELETE ON `coproduction_activities`
BEGIN
	SELECT RAISE(ABORT, 'a co-production activity cannot be removed');
END;
