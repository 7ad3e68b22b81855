CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_user_id` text,
	`action` text NOT NULL,
	`person_id` text,
	`resource` text NOT NULL,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_person_id_at` ON `audit_log` (`person_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`at` integer NOT NULL,
	`succeeded` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_attempts_key_at` ON `login_attempts` (`key`,`at`);--> statement-breakpoint
CREATE INDEX `login_attempts_at` ON `login_attempts` (`at`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`display_name` text NOT NULL,
	`date_of_birth` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `person_access` (
	`user_id` text NOT NULL,
	`person_id` text NOT NULL,
	`relationship` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `person_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "person_access_relationship_known" CHECK("person_access"."relationship" in ('self', 'representative', 'practitioner'))
);
--> statement-breakpoint
CREATE INDEX `person_access_person_id` ON `person_access` (`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `person_access_one_self_per_person` ON `person_access` (`person_id`) WHERE "person_access"."relationship" = 'self';--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`data` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "sessions_id_is_sha256_hex" CHECK(length("sessions"."id") = 64 and "sessions"."id" not glob '*[^0-9a-f]*')
);
--> statement-breakpoint
CREATE INDEX `sessions_user_id` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expires_at` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`created_at` integer NOT NULL,
	`disabled_at` integer,
	CONSTRAINT "users_role_known" CHECK("users"."role" in ('citizen', 'practitioner', 'finance-officer', 'council-admin', 'ulo-admin')),
	CONSTRAINT "users_email_normalised" CHECK("users"."email" = lower(trim("users"."email")) and length("users"."email") > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);