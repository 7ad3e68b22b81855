CREATE TABLE `combined_assessment_agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`carer_assessment_id` text NOT NULL,
	`person_assessment_id` text NOT NULL,
	`party` text NOT NULL,
	`word` text NOT NULL,
	`recorded_by_user_id` text NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`carer_assessment_id`) REFERENCES `carer_assessments`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`person_assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "combined_assessment_agreements_party_known" CHECK("combined_assessment_agreements"."party" in ('carer', 'cared-for')),
	CONSTRAINT "combined_assessment_agreements_word_known" CHECK("combined_assessment_agreements"."word" in ('agreed', 'withdrew'))
);
--> statement-breakpoint
CREATE INDEX `combined_assessment_agreements_carer` ON `combined_assessment_agreements` (`carer_assessment_id`,`recorded_at`);--> statement-breakpoint
CREATE INDEX `combined_assessment_agreements_person` ON `combined_assessment_agreements` (`person_assessment_id`,`recorded_at`);--> statement-breakpoint
-- Each party's word is kept as recorded: a withdrawal is a new row, so who agreed and when stays answerable. A word is
-- taken only for a carer's assessment and an assessment of someone that carer told us they care for.
CREATE TRIGGER `combined_assessment_agreements_no_update`
BEFORE UPDATE ON `combined_assessment_agreements`
BEGIN
	SELECT RAISE(ABORT, 'an agreement to a combined assessment cannot be changed: record a withdrawal');
END;
--> statement-breakpoint
CREATE TRIGGER `combined_assessment_agreements_no_delete`
BEFORE DELETE ON `combined_assessment_agreements`
BEGIN
	SELECT RAISE(ABORT, 'an agreement to a combined assessment cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `combined_assessment_agreements_of_the_cared_for`
BEFORE INSERT ON `combined_assessment_agreements`
WHEN NOT EXISTS (
	SELECT 1 FROM `carer_assessments` `c`
	JOIN `assessments` `a` ON `a`.`id` = NEW.person_assessment_id
	JOIN `caring_relationships` `r` ON `r`.`carer_person_id` = `c`.`carer_person_id` AND `r`.`cared_for_person_id` = `a`.`person_id`
	WHERE `c`.`id` = NEW.carer_assessment_id
)
BEGIN
	SELECT RAISE(ABORT, 'a carer''s assessment is combined only with the assessment of someone they care for');
END;
