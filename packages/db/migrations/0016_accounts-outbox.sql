CREATE TABLE `account_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`purpose` text NOT NULL,
	`new_email` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "account_tokens_purpose_known" CHECK("account_tokens"."purpose" in ('password-reset', 'set-password', 'email-change')),
	CONSTRAINT "account_tokens_hash_is_sha256_hex" CHECK(length("account_tokens"."token_hash") = 64 and lower("account_tokens"."token_hash") = "account_tokens"."token_hash")
);
--> statement-breakpoint
CREATE INDEX `account_tokens_user_id` ON `account_tokens` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `outbox_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`purpose` text NOT NULL,
	`link` text,
	`user_id` text,
	`created_at` integer NOT NULL,
	CONSTRAINT "outbox_messages_purpose_known" CHECK("outbox_messages"."purpose" in ('password-reset', 'set-password', 'email-change', 'email-changed-notice'))
);
--> statement-breakpoint
CREATE INDEX `outbox_messages_created_at` ON `outbox_messages` (`created_at`);--> statement-breakpoint
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
