CREATE TABLE `referral_closings` (
	`referral_id` text PRIMARY KEY NOT NULL,
	`outcome` text NOT NULL,
	`note` text NOT NULL,
	`closed_by_user_id` text NOT NULL,
	`closed_at` integer NOT NULL,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`closed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "referral_closings_outcome_known" CHECK("referral_closings"."outcome" in ('assessment-started', 'information-and-advice', 'referred-to-nhs', 'self-funding', 'support-declined', 'moved-to-another-council', 'no-further-action')),
	CONSTRAINT "referral_closings_note_not_blank" CHECK(length(trim("referral_closings"."note")) > 0)
);
--> statement-breakpoint
CREATE INDEX `referral_closings_closed_at` ON `referral_closings` (`closed_at`);--> statement-breakpoint
CREATE TABLE `referral_links` (
	`referral_id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`how` text NOT NULL,
	`linked_by_user_id` text NOT NULL,
	`linked_at` integer NOT NULL,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`linked_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "referral_links_how_known" CHECK("referral_links"."how" in ('found', 'created'))
);
--> statement-breakpoint
CREATE INDEX `referral_links_person_id` ON `referral_links` (`person_id`);--> statement-breakpoint
-- Added by hand (issue 18): whom a request is about, and how it ended, are recorded once and kept.
CREATE TRIGGER `referral_links_no_update`
BEFORE UPDATE ON `referral_links`
BEGIN
	SELECT RAISE(ABORT, 'the person a request for help is about cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `referral_links_no_delete`
BEFORE DELETE ON `referral_links`
BEGIN
	SELECT RAISE(ABORT, 'the person a request for help is about cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `referral_closings_no_update`
BEFORE UPDATE ON `referral_closings`
BEGIN
	SELECT RAISE(ABORT, 'how a request for help ended cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `referral_closings_no_delete`
BEFORE DELETE ON `referral_closings`
BEGIN
	SELECT RAISE(ABORT, 'how a request for help ended cannot be removed');
END;
