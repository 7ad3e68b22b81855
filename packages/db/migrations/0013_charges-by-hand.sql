CREATE TABLE `financial_charges_by_hand` (
	`financial_assessment_id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`reason` text NOT NULL,
	`sent_by_user_id` text NOT NULL,
	`sent_at` integer NOT NULL,
	FOREIGN KEY (`financial_assessment_id`) REFERENCES `financial_assessments`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`sent_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "financial_charges_by_hand_reason_given" CHECK(length(trim("financial_charges_by_hand"."reason")) > 0)
);
--> statement-breakpoint
CREATE INDEX `financial_charges_by_hand_sent_at` ON `financial_charges_by_hand` (`sent_at`);--> statement-breakpoint
-- Hand-written below (keep when regenerating). The record that a charge was worked out by hand never changes or goes.
CREATE TRIGGER `financial_charges_by_hand_no_update`
BEFORE UPDATE ON `financial_charges_by_hand`
BEGIN
	SELECT RAISE(ABORT, 'a financial assessment sent for its charge to be worked out by hand stays recorded as sent: it cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `financial_charges_by_hand_no_delete`
BEFORE DELETE ON `financial_charges_by_hand`
BEGIN
	SELECT RAISE(ABORT, 'a financial assessment sent for its charge to be worked out by hand stays recorded as sent: it cannot be removed');
END;
--> statement-breakpoint
-- Only the person's own draft is sent this way.
CREATE TRIGGER `financial_charges_by_hand_draft_only`
BEFORE INSERT ON `financial_charges_by_hand`
WHEN NOT EXISTS (SELECT 1 FROM `financial_assessments` WHERE `id` = NEW.`financial_assessment_id` AND `person_id` = NEW.`person_id` AND `status` = 'draft')
BEGIN
	SELECT RAISE(ABORT, 'only a draft financial assessment of the same person can be sent for its charge to be worked out by hand');
END;
--> statement-breakpoint
-- Once sent, the answers are what the finance officer works from: they no longer change.
CREATE TRIGGER `financial_assessments_sent_by_hand_answers_kept`
BEFORE UPDATE ON `financial_assessments`
WHEN OLD.`status` = 'draft' AND NEW.`answers` IS NOT OLD.`answers` AND EXISTS (SELECT 1 FROM `financial_charges_by_hand` WHERE `financial_assessment_id` = OLD.`id`)
BEGIN
	SELECT RAISE(ABORT, 'a financial assessment sent for its charge to be worked out by hand keeps the answers it was sent with');
END;
