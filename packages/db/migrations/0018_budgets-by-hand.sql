CREATE TABLE `assessment_budgets_by_hand` (
	`assessment_id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`reason` text NOT NULL,
	`sent_by_user_id` text NOT NULL,
	`sent_on_behalf` integer NOT NULL,
	`sent_at` integer NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`sent_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "assessment_budgets_by_hand_reason_given" CHECK(length(trim("assessment_budgets_by_hand"."reason")) > 0)
);
--> statement-breakpoint
CREATE INDEX `assessment_budgets_by_hand_sent_at` ON `assessment_budgets_by_hand` (`sent_at`);--> statement-breakpoint
-- Hand-written below (keep when regenerating). The record that a budget is to be worked out by a person never changes or goes.
CREATE TRIGGER `assessment_budgets_by_hand_no_update`
BEFORE UPDATE ON `assessment_budgets_by_hand`
BEGIN
	SELECT RAISE(ABORT, 'a self-assessment sent for its budget to be worked out by a person stays recorded as sent: it cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_budgets_by_hand_no_delete`
BEFORE DELETE ON `assessment_budgets_by_hand`
BEGIN
	SELECT RAISE(ABORT, 'a self-assessment sent for its budget to be worked out by a person stays recorded as sent: it cannot be removed');
END;
--> statement-breakpoint
-- Only the person's own draft is sent this way.
CREATE TRIGGER `assessment_budgets_by_hand_draft_only`
BEFORE INSERT ON `assessment_budgets_by_hand`
WHEN NOT EXISTS (SELECT 1 FROM `assessments` WHERE `id` = NEW.`assessment_id` AND `person_id` = NEW.`person_id` AND `status` = 'draft')
BEGIN
	SELECT RAISE(ABORT, 'only a draft self-assessment of the same person can be sent for its budget to be worked out by a person');
END;
--> statement-breakpoint
-- Once sent, the answers are what the practitioner works from: they no longer change.
CREATE TRIGGER `assessments_sent_by_hand_answers_kept`
BEFORE UPDATE ON `assessments`
WHEN OLD.`status` = 'draft' AND NEW.`answers` IS NOT OLD.`answers` AND EXISTS (SELECT 1 FROM `assessment_budgets_by_hand` WHERE `assessment_id` = OLD.`id`)
BEGIN
	SELECT RAISE(ABORT, 'a self-assessment sent for its budget to be worked out by a person keeps the answers it was sent with');
END;
