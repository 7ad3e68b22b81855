CREATE TABLE `safeguarding_immediate_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`concern_id` text NOT NULL,
	`what_was_done` text NOT NULL,
	`done_on` text NOT NULL,
	`taken_by` text NOT NULL,
	`recorded_by_user_id` text NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`concern_id`) REFERENCES `safeguarding_concerns`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "safeguarding_immediate_actions_what_not_blank" CHECK(length(trim("safeguarding_immediate_actions"."what_was_done")) > 0),
	CONSTRAINT "safeguarding_immediate_actions_by_not_blank" CHECK(length(trim("safeguarding_immediate_actions"."taken_by")) > 0),
	CONSTRAINT "safeguarding_immediate_actions_done_on_date" CHECK(date("safeguarding_immediate_actions"."done_on") is "safeguarding_immediate_actions"."done_on")
);
--> statement-breakpoint
CREATE INDEX `safeguarding_immediate_actions_concern_id` ON `safeguarding_immediate_actions` (`concern_id`,`recorded_at`);--> statement-breakpoint
CREATE TRIGGER `safeguarding_immediate_actions_no_update`
BEFORE UPDATE ON `safeguarding_immediate_actions`
BEGIN
	SELECT RAISE(ABORT, 'an immediate safety action cannot be changed: record another');
END;
--> statement-breakpoint
CREATE TRIGGER `safeguarding_immediate_actions_no_delete`
BEFORE DELETE ON `safeguarding_immediate_actions`
BEGIN
	SELECT RAISE(ABORT, 'an immediate safety action cannot be removed');
END;
