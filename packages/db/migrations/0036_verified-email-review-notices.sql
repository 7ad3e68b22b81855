CREATE TABLE `review_notices` (
	`plan_id` text NOT NULL,
	`review_date` text NOT NULL,
	`kind` text NOT NULL,
	`sent_at` integer NOT NULL,
	PRIMARY KEY(`plan_id`, `review_date`, `kind`),
	CONSTRAINT "review_notices_kind_known" CHECK("review_notices"."kind" in ('due', 'overdue'))
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_account_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`purpose` text NOT NULL,
	`new_email` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "account_tokens_purpose_known" CHECK("__new_account_tokens"."purpose" in ('password-reset', 'set-password', 'email-change', 'verify-email')),
	CONSTRAINT "account_tokens_hash_is_sha256_hex" CHECK(length("__new_account_tokens"."token_hash") = 64 and lower("__new_account_tokens"."token_hash") = "__new_account_tokens"."token_hash")
);
--> statement-breakpoint
INSERT INTO `__new_account_tokens`("token_hash", "user_id", "purpose", "new_email", "created_at", "expires_at", "used_at") SELECT "token_hash", "user_id", "purpose", "new_email", "created_at", "expires_at", "used_at" FROM `account_tokens`;--> statement-breakpoint
DROP TABLE `account_tokens`;--> statement-breakpoint
ALTER TABLE `__new_account_tokens` RENAME TO `account_tokens`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `account_tokens_user_id` ON `account_tokens` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `__new_outbox_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`to_address` text NOT NULL,
	`channel` text DEFAULT 'email' NOT NULL,
	`wording` text DEFAULT 'standard' NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`purpose` text NOT NULL,
	`link` text,
	`user_id` text,
	`created_at` integer NOT NULL,
	CONSTRAINT "outbox_messages_purpose_known" CHECK("__new_outbox_messages"."purpose" in ('password-reset', 'set-password', 'email-change', 'email-changed-notice', 'proxy-invitation', 'self-assessment-received', 'plan-approved', 'plan-returned', 'financial-assessment-confirmed', 'financial-assessment-corrected', 'budget-agreed', 'budget-changed', 'not-eligible', 'concern-received', 'review-due', 'review-overdue', 'verify-email', 'sign-up-existing-account', 'second-factor-reset', 'new-message'))
);
--> statement-breakpoint
INSERT INTO `__new_outbox_messages`("id", "to_address", "channel", "wording", "subject", "body", "purpose", "link", "user_id", "created_at") SELECT "id", "to_address", "channel", "wording", "subject", "body", "purpose", "link", "user_id", "created_at" FROM `outbox_messages`;--> statement-breakpoint
DROP TABLE `outbox_messages`;--> statement-breakpoint
ALTER TABLE `__new_outbox_messages` RENAME TO `outbox_messages`;--> statement-breakpoint
CREATE INDEX `outbox_messages_created_at` ON `outbox_messages` (`created_at`);--> statement-breakpoint
ALTER TABLE `users` ADD `email_verified_at` integer;--> statement-breakpoint
-- Hand-written (issue 15): every account made before sign-up asked for proof of the address has been in use, so it
-- counts as proved; only accounts made from now on wait for their link.
UPDATE `users` SET `email_verified_at` = `created_at`;
--> statement-breakpoint
-- Hand-written: SQLite cannot change a CHECK, so account_tokens and outbox_messages were rebuilt for their new
-- purposes; their triggers, dropped with the old tables, are made again as migration 0016 made them.
CREATE TRIGGER `account_tokens_used_once`
BEFORE UPDATE ON `account_tokens`
WHEN OLD.`used_at` IS NOT NULL OR NEW.`used_at` IS NULL OR NEW.`token_hash` IS NOT OLD.`token_hash` OR NEW.`user_id` IS NOT OLD.`user_id` OR NEW.`purpose` IS NOT OLD.`purpose` OR NEW.`new_email` IS NOT OLD.`new_email` OR NEW.`created_at` IS NOT OLD.`created_at` OR NEW.`expires_at` IS NOT OLD.`expires_at`
BEGIN
	SELECT RAISE(ABORT, 'an account link can only be marked used, once');
END;
--> statement-breakpoint
CREATE TRIGGER `account_tokens_no_delete`
BEFORE DELETE ON `account_tokens`
BEGIN
	SELECT RAISE(ABORT, 'an account link cannot be removed');
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
