CREATE TABLE `safeguarding_concern_links` (
	`concern_id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`how` text NOT NULL,
	`linked_by_user_id` text NOT NULL,
	`linked_at` integer NOT NULL,
	FOREIGN KEY (`concern_id`) REFERENCES `safeguarding_concerns`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`linked_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "safeguarding_concern_links_how_known" CHECK("safeguarding_concern_links"."how" in ('found', 'created'))
);
--> statement-breakpoint
-- A concern about someone not yet on record can be linked to a person's record once (issue 18): the one change the
-- concern's row allows is its person_id going from none to the person its link (written first, in the same
-- transaction) names. Every other change is still refused with the same message as before.
DROP TRIGGER `safeguarding_concerns_no_update`;
--> statement-breakpoint
CREATE TRIGGER `safeguarding_concerns_no_update`
BEFORE UPDATE ON `safeguarding_concerns`
WHEN NOT (
	old.person_id IS NULL
	AND new.person_id IS NOT NULL
	AND new.id IS old.id AND new.reference IS old.reference AND new.received_at IS old.received_at
	AND new.received_on IS old.received_on AND new.age_band IS old.age_band AND new.date_of_birth IS old.date_of_birth
	AND new.location_of_risk IS old.location_of_risk AND new.source_of_risk IS old.source_of_risk
	AND new.needs_follow_up IS old.needs_follow_up AND new.raised_by_user_id IS old.raised_by_user_id
	AND new.concern IS old.concern
	AND EXISTS (
		SELECT 1 FROM `safeguarding_concern_links` AS link
		WHERE link.concern_id = new.id AND link.person_id = new.person_id
	)
)
BEGIN
	SELECT RAISE(ABORT, 'a safeguarding concern cannot be changed: record a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `safeguarding_concern_links_no_update`
BEFORE UPDATE ON `safeguarding_concern_links`
BEGIN
	SELECT RAISE(ABORT, 'the link of a concern to a person cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `safeguarding_concern_links_no_delete`
BEFORE DELETE ON `safeguarding_concern_links`
BEGIN
	SELECT RAISE(ABORT, 'the link of a concern to a person cannot be removed');
END;
