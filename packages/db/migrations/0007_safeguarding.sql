CREATE TABLE `safeguarding_staff` (
	`user_id` text PRIMARY KEY NOT NULL,
	`granted_at` integer NOT NULL,
	`granted_by_user_id` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`granted_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `safeguarding_reference_counters` (
	`year` integer PRIMARY KEY NOT NULL,
	`last_sequence` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `safeguarding_concerns` (
	`id` text PRIMARY KEY NOT NULL,
	`reference` text NOT NULL,
	`received_at` integer NOT NULL,
	`received_on` text NOT NULL,
	`person_id` text,
	`age_band` text NOT NULL,
	`date_of_birth` text,
	`location_of_risk` text,
	`source_of_risk` text,
	`needs_follow_up` integer NOT NULL,
	`raised_by_user_id` text,
	`concern` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`raised_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "safeguarding_concerns_reference_not_blank" CHECK(length(trim("safeguarding_concerns"."reference")) > 0),
	CONSTRAINT "safeguarding_concerns_received_on_date" CHECK(date("safeguarding_concerns"."received_on") is "safeguarding_concerns"."received_on"),
	CONSTRAINT "safeguarding_concerns_date_of_birth_date" CHECK("safeguarding_concerns"."date_of_birth" is null or date("safeguarding_concerns"."date_of_birth") is "safeguarding_concerns"."date_of_birth"),
	CONSTRAINT "safeguarding_concerns_follow_up_boolean" CHECK("safeguarding_concerns"."needs_follow_up" in (0, 1)),
	CONSTRAINT "safeguarding_concerns_unidentified_followed_up" CHECK("safeguarding_concerns"."person_id" is not null or "safeguarding_concerns"."needs_follow_up" = 1),
	CONSTRAINT "safeguarding_concerns_concern_json" CHECK(json_valid("safeguarding_concerns"."concern"))
);--> statement-breakpoint
CREATE UNIQUE INDEX `safeguarding_concerns_reference` ON `safeguarding_concerns` (`reference`);--> statement-breakpoint
CREATE INDEX `safeguarding_concerns_received_on` ON `safeguarding_concerns` (`received_on`);--> statement-breakpoint
CREATE INDEX `safeguarding_concerns_received_at` ON `safeguarding_concerns` (`received_at`);--> statement-breakpoint
CREATE INDEX `safeguarding_concerns_person_id` ON `safeguarding_concerns` (`person_id`);--> statement-breakpoint
CREATE INDEX `safeguarding_concerns_location_of_risk` ON `safeguarding_concerns` (`location_of_risk`);--> statement-breakpoint
CREATE INDEX `safeguarding_concerns_source_of_risk` ON `safeguarding_concerns` (`source_of_risk`);--> statement-breakpoint
CREATE INDEX `safeguarding_concerns_age_band` ON `safeguarding_concerns` (`age_band`);--> statement-breakpoint
CREATE INDEX `safeguarding_concerns_needs_follow_up` ON `safeguarding_concerns` (`needs_follow_up`,`received_at`);
--> statement-breakpoint
CREATE TABLE `safeguarding_concern_types` (
	`concern_id` text NOT NULL,
	`type_of_abuse` text NOT NULL,
	PRIMARY KEY(`concern_id`, `type_of_abuse`),
	FOREIGN KEY (`concern_id`) REFERENCES `safeguarding_concerns`(`id`) ON UPDATE no action ON DELETE restrict
);--> statement-breakpoint
CREATE INDEX `safeguarding_concern_types_type` ON `safeguarding_concern_types` (`type_of_abuse`,`concern_id`);
--> statement-breakpoint
CREATE TABLE `safeguarding_concern_shares` (
	`id` text PRIMARY KEY NOT NULL,
	`concern_id` text NOT NULL,
	`shared_by_user_id` text NOT NULL,
	`shared_at` integer NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`concern_id`) REFERENCES `safeguarding_concerns`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`shared_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "safeguarding_concern_shares_reason_not_blank" CHECK(length(trim("safeguarding_concern_shares"."reason")) > 0)
);--> statement-breakpoint
CREATE UNIQUE INDEX `safeguarding_concern_shares_concern_id` ON `safeguarding_concern_shares` (`concern_id`);
--> statement-breakpoint
CREATE TABLE `section42_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`concern_id` text NOT NULL,
	`decided_by_user_id` text NOT NULL,
	`decided_at` integer NOT NULL,
	`outcome` text NOT NULL,
	`decision` text NOT NULL,
	FOREIGN KEY (`concern_id`) REFERENCES `safeguarding_concerns`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "section42_decisions_outcome_known" CHECK("section42_decisions"."outcome" in ('section-42-enquiry', 'other-enquiry', 'closed')),
	CONSTRAINT "section42_decisions_decision_json" CHECK(json_valid("section42_decisions"."decision"))
);--> statement-breakpoint
CREATE INDEX `section42_decisions_concern_id_decided_at` ON `section42_decisions` (`concern_id`,`decided_at`);
--> statement-breakpoint
CREATE TABLE `safeguarding_enquiries` (
	`id` text PRIMARY KEY NOT NULL,
	`concern_id` text NOT NULL,
	`kind` text NOT NULL,
	`person_id` text,
	`age_band` text NOT NULL,
	`opened_on` text NOT NULL,
	`opened_at` integer NOT NULL,
	`opened_by_user_id` text NOT NULL,
	`status` text NOT NULL,
	`version` integer NOT NULL,
	`types_of_abuse` text NOT NULL,
	`location_of_risk` text,
	`source_of_risk` text,
	`closed_on` text,
	`risk_outcome_row` text,
	`msp_row` text,
	`enquiry` text NOT NULL,
	FOREIGN KEY (`concern_id`) REFERENCES `safeguarding_concerns`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`opened_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "safeguarding_enquiries_kind_known" CHECK("safeguarding_enquiries"."kind" in ('section-42', 'other')),
	CONSTRAINT "safeguarding_enquiries_status_known" CHECK("safeguarding_enquiries"."status" in ('open', 'closed')),
	CONSTRAINT "safeguarding_enquiries_opened_on_date" CHECK(date("safeguarding_enquiries"."opened_on") is "safeguarding_enquiries"."opened_on"),
	CONSTRAINT "safeguarding_enquiries_version_positive" CHECK(typeof("safeguarding_enquiries"."version") = 'integer' and "safeguarding_enquiries"."version" >= 1),
	CONSTRAINT "safeguarding_enquiries_types_json" CHECK(json_valid("safeguarding_enquiries"."types_of_abuse") and json_type("safeguarding_enquiries"."types_of_abuse") = 'array'),
	CONSTRAINT "safeguarding_enquiries_enquiry_json" CHECK(json_valid("safeguarding_enquiries"."enquiry")),
	CONSTRAINT "safeguarding_enquiries_closed_complete" CHECK(("safeguarding_enquiries"."status" = 'open' and "safeguarding_enquiries"."closed_on" is null and "safeguarding_enquiries"."risk_outcome_row" is null and "safeguarding_enquiries"."msp_row" is null) or ("safeguarding_enquiries"."status" = 'closed' and "safeguarding_enquiries"."closed_on" is not null and date("safeguarding_enquiries"."closed_on") is "safeguarding_enquiries"."closed_on" and "safeguarding_enquiries"."risk_outcome_row" is not null and length(trim("safeguarding_enquiries"."risk_outcome_row")) > 0 and "safeguarding_enquiries"."msp_row" is not null))
);--> statement-breakpoint
CREATE UNIQUE INDEX `safeguarding_enquiries_concern_id` ON `safeguarding_enquiries` (`concern_id`);--> statement-breakpoint
CREATE INDEX `safeguarding_enquiries_started` ON `safeguarding_enquiries` (`kind`,`opened_on`,`person_id`,`age_band`,`opened_at`);--> statement-breakpoint
CREATE INDEX `safeguarding_enquiries_concluded` ON `safeguarding_enquiries` (`kind`,`closed_on`,`location_of_risk`,`source_of_risk`,`risk_outcome_row`,`msp_row`,`types_of_abuse`);--> statement-breakpoint
CREATE INDEX `safeguarding_enquiries_status` ON `safeguarding_enquiries` (`status`);
--> statement-breakpoint
CREATE TABLE `safeguarding_enquiry_events` (
	`id` text PRIMARY KEY NOT NULL,
	`enquiry_id` text NOT NULL,
	`version` integer NOT NULL,
	`event` text NOT NULL,
	`actor_user_id` text NOT NULL,
	`at` integer NOT NULL,
	`detail` text NOT NULL,
	FOREIGN KEY (`enquiry_id`) REFERENCES `safeguarding_enquiries`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "safeguarding_enquiry_events_detail_json" CHECK(json_valid("safeguarding_enquiry_events"."detail"))
);--> statement-breakpoint
CREATE UNIQUE INDEX `safeguarding_enquiry_events_enquiry_id_version` ON `safeguarding_enquiry_events` (`enquiry_id`,`version`);
--> statement-breakpoint
CREATE TABLE `positive_risk_assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`support_plan_id` text,
	`recorded_by_user_id` text NOT NULL,
	`recorded_at` integer NOT NULL,
	`proposal` text NOT NULL,
	`rating` text NOT NULL,
	`matrix_id` text NOT NULL,
	`matrix_version` text NOT NULL,
	`score` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "positive_risk_assessments_proposal_json" CHECK(json_valid("positive_risk_assessments"."proposal")),
	CONSTRAINT "positive_risk_assessments_rating_json" CHECK(json_valid("positive_risk_assessments"."rating")),
	CONSTRAINT "positive_risk_assessments_score_whole" CHECK(typeof("positive_risk_assessments"."score") = 'integer' and "positive_risk_assessments"."score" >= 1)
);--> statement-breakpoint
CREATE INDEX `positive_risk_assessments_person_id_recorded_at` ON `positive_risk_assessments` (`person_id`,`recorded_at`);--> statement-breakpoint
CREATE INDEX `positive_risk_assessments_support_plan_id` ON `positive_risk_assessments` (`support_plan_id`);
--> statement-breakpoint
CREATE TABLE `positive_risk_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`assessment_id` text NOT NULL,
	`decided_by_user_id` text NOT NULL,
	`decided_at` integer NOT NULL,
	`outcome` text NOT NULL,
	`review_on` text NOT NULL,
	`assessment` text NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `positive_risk_assessments`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "positive_risk_decisions_outcome_known" CHECK("positive_risk_decisions"."outcome" in ('agreed', 'agreed-with-conditions', 'not-agreed')),
	CONSTRAINT "positive_risk_decisions_review_on_date" CHECK(date("positive_risk_decisions"."review_on") is "positive_risk_decisions"."review_on"),
	CONSTRAINT "positive_risk_decisions_assessment_json" CHECK(json_valid("positive_risk_decisions"."assessment"))
);--> statement-breakpoint
CREATE INDEX `positive_risk_decisions_assessment_id_decided_at` ON `positive_risk_decisions` (`assessment_id`,`decided_at`);
--> statement-breakpoint
-- Safeguarding records are evidence in decisions about people's safety. Like the audit log, they are append-only and
-- the database itself enforces it: a concern, its categories, a decision to share it, a section 42 decision, an
-- enquiry's history and a positive risk assessment or decision are never changed or removed.
CREATE TRIGGER `safeguarding_concerns_no_update`
BEFORE UPDATE ON `safeguarding_concerns`
BEGIN
	SELECT RAISE(ABORT, 'a safeguarding concern cannot be changed: record a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `safeguarding_concerns_no_delete`
BEFORE DELETE ON `safeguarding_concerns`
BEGIN
	SELECT RAISE(ABORT, 'a safeguarding concern cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `safeguarding_concern_types_no_update`
BEFORE UPDATE ON `safeguarding_concern_types`
BEGIN
	SELECT RAISE(ABORT, 'the category of a concern cannot be changed: record a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `safeguarding_concern_types_no_delete`
BEFORE DELETE ON `safeguarding_concern_types`
BEGIN
	SELECT RAISE(ABORT, 'the category of a concern cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `safeguarding_concern_shares_no_update`
BEFORE UPDATE ON `safeguarding_concern_shares`
BEGIN
	SELECT RAISE(ABORT, 'a decision to share a concern cannot be changed: record a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `safeguarding_concern_shares_no_delete`
BEFORE DELETE ON `safeguarding_concern_shares`
BEGIN
	SELECT RAISE(ABORT, 'a decision to share a concern cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `section42_decisions_no_update`
BEFORE UPDATE ON `section42_decisions`
BEGIN
	SELECT RAISE(ABORT, 'a section 42 decision cannot be changed: record a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `section42_decisions_no_delete`
BEFORE DELETE ON `section42_decisions`
BEGIN
	SELECT RAISE(ABORT, 'a section 42 decision cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `safeguarding_enquiry_events_no_update`
BEFORE UPDATE ON `safeguarding_enquiry_events`
BEGIN
	SELECT RAISE(ABORT, 'a change to an enquiry cannot be changed: record a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `safeguarding_enquiry_events_no_delete`
BEFORE DELETE ON `safeguarding_enquiry_events`
BEGIN
	SELECT RAISE(ABORT, 'a change to an enquiry cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `positive_risk_assessments_no_update`
BEFORE UPDATE ON `positive_risk_assessments`
BEGIN
	SELECT RAISE(ABORT, 'a positive risk assessment cannot be changed: record a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `positive_risk_assessments_no_delete`
BEFORE DELETE ON `positive_risk_assessments`
BEGIN
	SELECT RAISE(ABORT, 'a positive risk assessment cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `positive_risk_decisions_no_update`
BEFORE UPDATE ON `positive_risk_decisions`
BEGIN
	SELECT RAISE(ABORT, 'a positive risk decision cannot be changed: record a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `positive_risk_decisions_no_delete`
BEFORE DELETE ON `positive_risk_decisions`
BEGIN
	SELECT RAISE(ABORT, 'a positive risk decision cannot be removed');
END;
--> statement-breakpoint
-- An open enquiry changes as it runs (each change is also a row in safeguarding_enquiry_events), one version at a
-- time so that two people working on it at once cannot overwrite each other; once closed it is final.
CREATE TRIGGER `safeguarding_enquiries_no_delete`
BEFORE DELETE ON `safeguarding_enquiries`
BEGIN
	SELECT RAISE(ABORT, 'an enquiry cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `safeguarding_enquiries_closed_final`
BEFORE UPDATE ON `safeguarding_enquiries`
WHEN OLD.`status` = 'closed'
BEGIN
	SELECT RAISE(ABORT, 'a closed enquiry cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `safeguarding_enquiries_one_version_at_a_time`
BEFORE UPDATE ON `safeguarding_enquiries`
WHEN NEW.`version` IS NOT OLD.`version` + 1
BEGIN
	SELECT RAISE(ABORT, 'an enquiry changes one version at a time: reload it and try again');
END;
--> statement-breakpoint
CREATE TRIGGER `safeguarding_enquiries_fixed_at_opening`
BEFORE UPDATE ON `safeguarding_enquiries`
WHEN NEW.`concern_id` IS NOT OLD.`concern_id` OR NEW.`kind` IS NOT OLD.`kind` OR NEW.`person_id` IS NOT OLD.`person_id` OR NEW.`age_band` IS NOT OLD.`age_band` OR NEW.`opened_on` IS NOT OLD.`opened_on` OR NEW.`opened_at` IS NOT OLD.`opened_at` OR NEW.`opened_by_user_id` IS NOT OLD.`opened_by_user_id`
BEGIN
	SELECT RAISE(ABORT, 'what an enquiry was opened with cannot be changed');
END;
