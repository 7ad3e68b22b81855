CREATE TABLE `secure_message_reads` (
	`user_id` text NOT NULL,
	`person_id` text NOT NULL,
	`read_up_to` integer NOT NULL,
	`read_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `person_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "secure_message_reads_up_to_positive" CHECK("secure_message_reads"."read_up_to" >= 0)
);
--> statement-breakpoint
CREATE TABLE `secure_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`seq` integer NOT NULL,
	`side` text NOT NULL,
	`author_user_id` text NOT NULL,
	`body` text NOT NULL,
	`sent_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "secure_messages_seq_positive" CHECK("secure_messages"."seq" >= 1),
	CONSTRAINT "secure_messages_side_known" CHECK("secure_messages"."side" in ('person', 'staff')),
	CONSTRAINT "secure_messages_body_length" CHECK(length(trim("secure_messages"."body")) > 0 and length("secure_messages"."body") <= 5000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `secure_messages_person_id_seq` ON `secure_messages` (`person_id`,`seq`);--> statement-breakpoint
CREATE INDEX `secure_messages_author_user_id` ON `secure_messages` (`author_user_id`);--> statement-breakpoint
-- Hand-written (issue 15): a secure message stays as it was written; what was said to whom is never changed or removed.
CREATE TRIGGER `secure_messages_no_update`
BEFORE UPDATE ON `secure_messages`
BEGIN
	SELECT RAISE(ABORT, 'a secure message cannot be changed: write another');
END;
--> statement-breakpoint
CREATE TRIGGER `secure_messages_no_delete`
BEFORE DELETE ON `secure_messages`
BEGIN
	SELECT RAISE(ABORT, 'a secure message cannot be removed');
END;
