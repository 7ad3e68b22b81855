CREATE TABLE `team_kinds` (
	`team_id` text NOT NULL,
	`kind` text NOT NULL,
	PRIMARY KEY(`team_id`, `kind`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "team_kinds_kind_known" CHECK("team_kinds"."kind" in ('self-assessment', 'safeguarding-concern', 'financial-assessment', 'plan-agreement'))
);
--> statement-breakpoint
CREATE INDEX `team_kinds_kind` ON `team_kinds` (`kind`);--> statement-breakpoint
CREATE TABLE `team_members` (
	`team_id` text NOT NULL,
	`user_id` text NOT NULL,
	`manager` integer NOT NULL,
	`added_by_user_id` text NOT NULL,
	`added_at` integer NOT NULL,
	PRIMARY KEY(`team_id`, `user_id`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`added_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `team_members_user_id` ON `team_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `teams` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_by_user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "teams_name_not_blank" CHECK(length(trim("teams"."name")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_name` ON `teams` (`name`);--> statement-breakpoint
CREATE TABLE `work_item_events` (
	`item_id` text NOT NULL,
	`seq` integer NOT NULL,
	`event` text NOT NULL,
	`to_user_id` text,
	`by_user_id` text NOT NULL,
	`priority` text,
	`reason` text,
	`at` integer NOT NULL,
	PRIMARY KEY(`item_id`, `seq`),
	FOREIGN KEY (`item_id`) REFERENCES `work_items`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`to_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "work_item_events_event_known" CHECK("work_item_events"."event" in ('allocated', 'taken', 'closed')),
	CONSTRAINT "work_item_events_seq_positive" CHECK("work_item_events"."seq" >= 1),
	CONSTRAINT "work_item_events_priority_known" CHECK("work_item_events"."priority" is null or "work_item_events"."priority" in ('urgent', 'high', 'standard', 'low')),
	CONSTRAINT "work_item_events_shape" CHECK(("work_item_events"."event" = 'allocated' and "work_item_events"."to_user_id" is not null and "work_item_events"."priority" is not null and "work_item_events"."reason" is not null and length(trim("work_item_events"."reason")) > 0) or ("work_item_events"."event" = 'taken' and "work_item_events"."to_user_id" is not null and "work_item_events"."to_user_id" = "work_item_events"."by_user_id") or ("work_item_events"."event" = 'closed' and "work_item_events"."to_user_id" is null))
);
--> statement-breakpoint
CREATE INDEX `work_item_events_to_user_id` ON `work_item_events` (`to_user_id`);--> statement-breakpoint
CREATE TABLE `work_items` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`team_id` text,
	`person_id` text,
	`subject` text NOT NULL,
	`arrived_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "work_items_kind_known" CHECK("work_items"."kind" in ('self-assessment', 'safeguarding-concern', 'financial-assessment', 'plan-agreement')),
	CONSTRAINT "work_items_subject_not_blank" CHECK(length(trim("work_items"."subject")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `work_items_subject` ON `work_items` (`subject`);--> statement-breakpoint
CREATE INDEX `work_items_team_id_arrived_at` ON `work_items` (`team_id`,`arrived_at`);--> statement-breakpoint
CREATE INDEX `work_items_person_id` ON `work_items` (`person_id`);
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
