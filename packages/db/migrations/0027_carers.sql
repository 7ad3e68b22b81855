CREATE TABLE `carer_assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`carer_person_id` text NOT NULL,
	`questionnaire_id` text NOT NULL,
	`questionnaire_version` text NOT NULL,
	`answers` text DEFAULT '{}' NOT NULL,
	`status` text NOT NULL,
	`started_by_user_id` text NOT NULL,
	`last_updated_by_user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`submitted_at` integer,
	FOREIGN KEY (`carer_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`started_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`last_updated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "carer_assessments_status_known" CHECK("carer_assessments"."status" in ('draft', 'submitted')),
	CONSTRAINT "carer_assessments_answers_json" CHECK(json_valid("carer_assessments"."answers")),
	CONSTRAINT "carer_assessments_submitted_at" CHECK(("carer_assessments"."status" = 'draft' and "carer_assessments"."submitted_at" is null) or ("carer_assessments"."status" = 'submitted' and "carer_assessments"."submitted_at" is not null))
);
--> statement-breakpoint
CREATE INDEX `carer_assessments_carer_person_id` ON `carer_assessments` (`carer_person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `carer_assessments_one_draft` ON `carer_assessments` (`carer_person_id`,`questionnaire_id`) WHERE "carer_assessments"."status" = 'draft';--> statement-breakpoint
CREATE TABLE `carer_determinations` (
	`id` text PRIMARY KEY NOT NULL,
	`carer_assessment_id` text NOT NULL,
	`carer_person_id` text NOT NULL,
	`decided_by_user_id` text NOT NULL,
	`decided_at` integer NOT NULL,
	`eligible` integer NOT NULL,
	`determination` text NOT NULL,
	`rules_version` text NOT NULL,
	FOREIGN KEY (`carer_assessment_id`) REFERENCES `carer_assessments`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`carer_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "carer_determinations_determination_json" CHECK(json_valid("carer_determinations"."determination")),
	CONSTRAINT "carer_determinations_rules_version_given" CHECK(length(trim("carer_determinations"."rules_version")) > 0)
);
--> statement-breakpoint
CREATE INDEX `carer_determinations_assessment_decided_at` ON `carer_determinations` (`carer_assessment_id`,`decided_at`);--> statement-breakpoint
CREATE INDEX `carer_determinations_carer_person_id` ON `carer_determinations` (`carer_person_id`);--> statement-breakpoint
CREATE TABLE `caring_relationships` (
	`id` text PRIMARY KEY NOT NULL,
	`carer_person_id` text NOT NULL,
	`cared_for_person_id` text,
	`cared_for_name` text NOT NULL,
	`cared_for_date_of_birth` text,
	`relationship` text NOT NULL,
	`created_by_user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`carer_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`cared_for_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "caring_relationships_name_given" CHECK(length(trim("caring_relationships"."cared_for_name")) > 0),
	CONSTRAINT "caring_relationships_relationship_given" CHECK(length(trim("caring_relationships"."relationship")) > 0),
	CONSTRAINT "caring_relationships_not_self" CHECK("caring_relationships"."cared_for_person_id" is null or "caring_relationships"."cared_for_person_id" <> "caring_relationships"."carer_person_id"),
	CONSTRAINT "caring_relationships_date_of_birth" CHECK("caring_relationships"."cared_for_date_of_birth" is null or date("caring_relationships"."cared_for_date_of_birth") is "caring_relationships"."cared_for_date_of_birth")
);
--> statement-breakpoint
CREATE INDEX `caring_relationships_carer_person_id` ON `caring_relationships` (`carer_person_id`);--> statement-breakpoint
CREATE INDEX `caring_relationships_cared_for_person_id` ON `caring_relationships` (`cared_for_person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `caring_relationships_once` ON `caring_relationships` (`carer_person_id`,`cared_for_person_id`) WHERE "caring_relationships"."cared_for_person_id" is not null;--> statement-breakpoint
-- Hand-ordered after drizzle-kit's output (issue 16, the work kind 'carer-assessment', as in 0024_proxy-access.sql): SQLite cannot change a CHECK, so
-- team_kinds and work_items are rebuilt. drizzle's migrator runs in one transaction, where PRAGMA foreign_keys=OFF does
-- nothing; work_item_events refers to work_items, so dropping work_items with events in it would fail. So the events
-- are rebuilt as well, referring to the new work_items (renaming it carries the reference), the old events dropped
-- first; and the append-only triggers dropped with the old tables
-- are made again, with the messages of migration 0017.
CREATE TABLE `__new_team_kinds` (
	`team_id` text NOT NULL,
	`kind` text NOT NULL,
	PRIMARY KEY(`team_id`, `kind`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "team_kinds_kind_known" CHECK("__new_team_kinds"."kind" in ('self-assessment', 'safeguarding-concern', 'financial-assessment', 'plan-agreement', 'referral', 'proxy-request', 'carer-assessment'))
);
--> statement-breakpoint
INSERT INTO `__new_team_kinds`("team_id", "kind") SELECT "team_id", "kind" FROM `team_kinds`;--> statement-breakpoint
DROP TABLE `team_kinds`;--> statement-breakpoint
ALTER TABLE `__new_team_kinds` RENAME TO `team_kinds`;--> statement-breakpoint
CREATE INDEX `team_kinds_kind` ON `team_kinds` (`kind`);--> statement-breakpoint
CREATE TABLE `__new_work_items` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`team_id` text,
	`person_id` text,
	`subject` text NOT NULL,
	`arrived_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "work_items_kind_known" CHECK("__new_work_items"."kind" in ('self-assessment', 'safeguarding-concern', 'financial-assessment', 'plan-agreement', 'referral', 'proxy-request', 'carer-assessment')),
	CONSTRAINT "work_items_subject_not_blank" CHECK(length(trim("__new_work_items"."subject")) > 0)
);
--> statement-breakpoint
INSERT INTO `__new_work_items`("id", "kind", "team_id", "person_id", "subject", "arrived_at") SELECT "id", "kind", "team_id", "person_id", "subject", "arrived_at" FROM `work_items`;--> statement-breakpoint
CREATE TABLE `__new_work_item_events` (
	`item_id` text NOT NULL,
	`seq` integer NOT NULL,
	`event` text NOT NULL,
	`to_user_id` text,
	`by_user_id` text NOT NULL,
	`priority` text,
	`reason` text,
	`at` integer NOT NULL,
	PRIMARY KEY(`item_id`, `seq`),
	FOREIGN KEY (`item_id`) REFERENCES `__new_work_items`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`to_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "work_item_events_event_known" CHECK("__new_work_item_events"."event" in ('allocated', 'taken', 'closed')),
	CONSTRAINT "work_item_events_seq_positive" CHECK("__new_work_item_events"."seq" >= 1),
	CONSTRAINT "work_item_events_priority_known" CHECK("__new_work_item_events"."priority" is null or "__new_work_item_events"."priority" in ('urgent', 'high', 'standard', 'low')),
	CONSTRAINT "work_item_events_shape" CHECK(("__new_work_item_events"."event" = 'allocated' and "__new_work_item_events"."to_user_id" is not null and "__new_work_item_events"."priority" is not null and "__new_work_item_events"."reason" is not null and length(trim("__new_work_item_events"."reason")) > 0) or ("__new_work_item_events"."event" = 'taken' and "__new_work_item_events"."to_user_id" is not null and "__new_work_item_events"."to_user_id" = "__new_work_item_events"."by_user_id") or ("__new_work_item_events"."event" = 'closed' and "__new_work_item_events"."to_user_id" is null))
);
--> statement-breakpoint
INSERT INTO `__new_work_item_events` SELECT `item_id`, `seq`, `event`, `to_user_id`, `by_user_id`, `priority`, `reason`, `at` FROM `work_item_events`;--> statement-breakpoint
DROP TABLE `work_item_events`;--> statement-breakpoint
DROP TABLE `work_items`;--> statement-breakpoint
ALTER TABLE `__new_work_items` RENAME TO `work_items`;--> statement-breakpoint
ALTER TABLE `__new_work_item_events` RENAME TO `work_item_events`;--> statement-breakpoint
CREATE UNIQUE INDEX `work_items_subject` ON `work_items` (`subject`);--> statement-breakpoint
CREATE INDEX `work_items_team_id_arrived_at` ON `work_items` (`team_id`,`arrived_at`);--> statement-breakpoint
CREATE INDEX `work_items_person_id` ON `work_items` (`person_id`);--> statement-breakpoint
CREATE INDEX `work_item_events_to_user_id` ON `work_item_events` (`to_user_id`);
--> statement-breakpoint
CREATE TRIGGER `work_items_no_update`
BEFORE UPDATE ON `work_items`
BEGIN
	SELECT RAISE(ABORT, 'a work item cannot be changed: record what happened to it');
END;
--> statement-breakpoint
CREATE TRIGGER `work_items_no_delete`
BEFORE DELETE ON `work_items`
BEGIN
	SELECT RAISE(ABORT, 'a work item cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `work_item_events_no_update`
BEFORE UPDATE ON `work_item_events`
BEGIN
	SELECT RAISE(ABORT, 'the history of a work item cannot be changed: record what happened next');
END;
--> statement-breakpoint
CREATE TRIGGER `work_item_events_no_delete`
BEFORE DELETE ON `work_item_events`
BEGIN
	SELECT RAISE(ABORT, 'the history of a work item cannot be removed');
END;
--> statement-breakpoint
-- A caring relationship and a determination are kept as recorded; a sent carer's self-assessment is fixed.
CREATE TRIGGER `caring_relationships_no_update`
BEFORE UPDATE ON `caring_relationships`
BEGIN
	SELECT RAISE(ABORT, 'a caring relationship cannot be changed: record a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `caring_relationships_no_delete`
BEFORE DELETE ON `caring_relationships`
BEGIN
	SELECT RAISE(ABORT, 'a caring relationship cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `carer_assessments_submitted_unchangeable`
BEFORE UPDATE ON `carer_assessments`
WHEN OLD.status = 'submitted'
BEGIN
	SELECT RAISE(ABORT, 'a sent carer''s self-assessment cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `carer_assessments_no_delete`
BEFORE DELETE ON `carer_assessments`
BEGIN
	SELECT RAISE(ABORT, 'a carer''s self-assessment cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `carer_determinations_no_update`
BEFORE UPDATE ON `carer_determinations`
BEGIN
	SELECT RAISE(ABORT, 'a carer''s eligibility determination cannot be changed: record a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `carer_determinations_no_delete`
BEFORE DELETE ON `carer_determinations`
BEGIN
	SELECT RAISE(ABORT, 'a carer''s eligibility determination cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `carer_determinations_on_sent_assessment`
BEFORE INSERT ON `carer_determinations`
WHEN NOT EXISTS (SELECT 1 FROM `carer_assessments` WHERE `id` = NEW.carer_assessment_id AND `status` = 'submitted' AND `carer_person_id` = NEW.carer_person_id)
BEGIN
	SELECT RAISE(ABORT, 'a carer''s eligibility is determined only on their own sent self-assessment');
END;
