CREATE TABLE `proxy_events` (
	`request_id` text NOT NULL,
	`seq` integer NOT NULL,
	`step` text NOT NULL,
	`by_user_id` text NOT NULL,
	`scope` text,
	`verification` text,
	`link_hash` text,
	`reason` text,
	`at` integer NOT NULL,
	PRIMARY KEY(`request_id`, `seq`),
	FOREIGN KEY (`request_id`) REFERENCES `proxy_requests`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "proxy_events_step_known" CHECK("proxy_events"."step" in ('granted', 'refused', 'accepted', 'ended')),
	CONSTRAINT "proxy_events_seq_positive" CHECK("proxy_events"."seq" >= 1),
	CONSTRAINT "proxy_events_scope_known" CHECK("proxy_events"."scope" is null or "proxy_events"."scope" in ('see-records', 'send-forms', 'everything')),
	CONSTRAINT "proxy_events_shape" CHECK(("proxy_events"."step" = 'granted' and "proxy_events"."scope" is not null and coalesce(length(trim("proxy_events"."verification")), 0) > 0 and coalesce(length("proxy_events"."link_hash"), 0) = 64)
        or ("proxy_events"."step" = 'refused' and coalesce(length(trim("proxy_events"."reason")), 0) > 0)
        or "proxy_events"."step" in ('accepted', 'ended'))
);
--> statement-breakpoint
CREATE INDEX `proxy_events_by_user_id` ON `proxy_events` (`by_user_id`);--> statement-breakpoint
CREATE TABLE `proxy_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`asked_by_user_id` text NOT NULL,
	`proxy_name` text NOT NULL,
	`proxy_email` text NOT NULL,
	`relationship` text NOT NULL,
	`scope` text NOT NULL,
	`asked_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`asked_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "proxy_requests_scope_known" CHECK("proxy_requests"."scope" in ('see-records', 'send-forms', 'everything')),
	CONSTRAINT "proxy_requests_email_normalised" CHECK("proxy_requests"."proxy_email" = lower(trim("proxy_requests"."proxy_email")) and length("proxy_requests"."proxy_email") > 0)
);
--> statement-breakpoint
CREATE INDEX `proxy_requests_person_id` ON `proxy_requests` (`person_id`);--> statement-breakpoint
CREATE INDEX `proxy_requests_proxy_email` ON `proxy_requests` (`proxy_email`);--> statement-breakpoint
-- The outbox's purposes gain 'proxy-invitation' (nothing refers to outbox_messages, so it is rebuilt alone; its
-- append-only triggers, dropped with the old table, are made again below with the messages of 0016).
CREATE TABLE `__new_outbox_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`purpose` text NOT NULL,
	`link` text,
	`user_id` text,
	`created_at` integer NOT NULL,
	CONSTRAINT "outbox_messages_purpose_known" CHECK("__new_outbox_messages"."purpose" in ('password-reset', 'set-password', 'email-change', 'email-changed-notice', 'proxy-invitation'))
);
--> statement-breakpoint
INSERT INTO `__new_outbox_messages`("id", "to_address", "subject", "body", "purpose", "link", "user_id", "created_at") SELECT "id", "to_address", "subject", "body", "purpose", "link", "user_id", "created_at" FROM `outbox_messages`;--> statement-breakpoint
DROP TABLE `outbox_messages`;--> statement-breakpoint
ALTER TABLE `__new_outbox_messages` RENAME TO `outbox_messages`;--> statement-breakpoint
CREATE INDEX `outbox_messages_created_at` ON `outbox_messages` (`created_at`);--> statement-breakpoint
-- Hand-ordered after drizzle-kit's output (issue 18, the work kind 'proxy-request', as in 0023_referrals.sql): SQLite cannot change a CHECK, so
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
	CONSTRAINT "team_kinds_kind_known" CHECK("__new_team_kinds"."kind" in ('self-assessment', 'safeguarding-concern', 'financial-assessment', 'plan-agreement', 'referral', 'proxy-request'))
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
	CONSTRAINT "work_items_kind_known" CHECK("__new_work_items"."kind" in ('self-assessment', 'safeguarding-concern', 'financial-assessment', 'plan-agreement', 'referral', 'proxy-request')),
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
CREATE TRIGGER `outbox_messages_no_update`
BEFORE UPDATE ON `outbox_messages`
BEGIN
	SELECT RAISE(ABORT, 'a message in the outbox cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `outbox_messages_no_delete`
BEFORE DELETE ON `outbox_messages`
BEGIN
	SELECT RAISE(ABORT, 'a message in the outbox cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `proxy_requests_no_update`
BEFORE UPDATE ON `proxy_requests`
BEGIN
	SELECT RAISE(ABORT, 'a request for someone to act for a person cannot be changed: it is kept as it was asked');
END;
--> statement-breakpoint
CREATE TRIGGER `proxy_requests_no_delete`
BEFORE DELETE ON `proxy_requests`
BEGIN
	SELECT RAISE(ABORT, 'a request for someone to act for a person cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `proxy_events_no_update`
BEFORE UPDATE ON `proxy_events`
BEGIN
	SELECT RAISE(ABORT, 'the history of proxy access cannot be changed: record what happened next');
END;
--> statement-breakpoint
CREATE TRIGGER `proxy_events_no_delete`
BEFORE DELETE ON `proxy_events`
BEGIN
	SELECT RAISE(ABORT, 'the history of proxy access cannot be removed');
END;
