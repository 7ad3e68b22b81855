CREATE TABLE `decision_letters` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`kind` text NOT NULL,
	`subject` text NOT NULL,
	`title` text NOT NULL,
	`rules_version` text NOT NULL,
	`sha256` text NOT NULL,
	`pdf` blob NOT NULL,
	`made_by_user_id` text NOT NULL,
	`made_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`made_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "decision_letters_kind_known" CHECK("decision_letters"."kind" in ('eligibility-and-budget', 'charge')),
	CONSTRAINT "decision_letters_sha256_hex" CHECK(length("decision_letters"."sha256") = 64 and lower("decision_letters"."sha256") = "decision_letters"."sha256"),
	CONSTRAINT "decision_letters_pdf_not_empty" CHECK(length("decision_letters"."pdf") > 0),
	CONSTRAINT "decision_letters_title_not_blank" CHECK(length(trim("decision_letters"."title")) > 0)
);
--> statement-breakpoint
CREATE INDEX `decision_letters_person_id` ON `decision_letters` (`person_id`,`made_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `decision_letters_subject` ON `decision_letters` (`subject`);--> statement-breakpoint
-- Hand-written (issue 15, decision 052): a decision letter is kept as it was sent, never changed or removed.
CREATE TRIGGER `decision_letters_no_update`
BEFORE UPDATE ON `decision_letters`
BEGIN
	SELECT RAISE(ABORT, 'a decision letter cannot be changed: it is kept as it was sent');
END;
--> statement-breakpoint
CREATE TRIGGER `decision_letters_no_delete`
BEFORE DELETE ON `decision_letters`
BEGIN
	SELECT RAISE(ABORT, 'a decision letter cannot be removed');
END;
