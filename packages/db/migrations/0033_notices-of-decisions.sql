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
	CONSTRAINT "outbox_messages_purpose_known" CHECK("__new_outbox_messages"."purpose" in ('password-reset', 'set-password', 'email-change', 'email-changed-notice', 'proxy-invitation', 'self-assessment-received', 'plan-approved', 'plan-returned', 'financial-assessment-confirmed', 'financial-assessment-corrected', 'budget-agreed', 'budget-changed', 'not-eligible', 'concern-received'))
);
--> statement-breakpoint
INSERT INTO `__new_outbox_messages`("id", "to_address", "channel", "wording", "subject", "body", "purpose", "link", "user_id", "created_at") SELECT "id", "to_address", "channel", "wording", "subject", "body", "purpose", "link", "user_id", "created_at" FROM `outbox_messages`;--> statement-breakpoint
DROP TABLE `outbox_messages`;--> statement-breakpoint
ALTER TABLE `__new_outbox_messages` RENAME TO `outbox_messages`;--> statement-breakpoint
CREATE INDEX `outbox_messages_created_at` ON `outbox_messages` (`created_at`);--> statement-breakpoint
-- Hand-written (issue 15): SQLite cannot change a CHECK, so the outbox is rebuilt for its new purposes (nothing refers
-- to it, outbox_deliveries included); its append-only triggers, dropped with the old table, are made again with the
-- messages of migration 0016.
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
