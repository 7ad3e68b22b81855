-- Client Level Data (decision 019): the details the return needs about a person, kept beside the person's record,
-- and short-term support such as reablement with its dates. Coded values are the neutral ids of
-- @open-sds/statutory-returns, checked when a return is made.
CREATE TABLE `person_return_details` (
	`person_id` text PRIMARY KEY NOT NULL,
	`nhs_number` text,
	`gender` text,
	`ethnicity` text,
	`postcode` text,
	`primary_support_reason` text,
	`accommodation_status` text,
	`employment_status` text,
	`has_unpaid_carer` integer,
	`client_funding_status` text,
	`date_of_death` text,
	`updated_by_user_id` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`updated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "person_return_details_date_of_death_date" CHECK("person_return_details"."date_of_death" is null or date("person_return_details"."date_of_death") is "person_return_details"."date_of_death"),
	CONSTRAINT "person_return_details_has_unpaid_carer_boolean" CHECK("person_return_details"."has_unpaid_carer" is null or "person_return_details"."has_unpaid_carer" in (0, 1))
);
--> statement-breakpoint
CREATE TABLE `short_term_support` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`service_type` text NOT NULL,
	`component` text NOT NULL,
	`started_on` text NOT NULL,
	`ended_on` text,
	`outcome` text,
	`weekly_cost_pence` integer,
	`recorded_by_user_id` text NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "short_term_support_type_known" CHECK("short_term_support"."service_type" in ('st-max', 'ongoing-low-level', 'other-short-term')),
	CONSTRAINT "short_term_support_started_on_date" CHECK(date("short_term_support"."started_on") is "short_term_support"."started_on"),
	CONSTRAINT "short_term_support_ended_on_date" CHECK("short_term_support"."ended_on" is null or (date("short_term_support"."ended_on") is "short_term_support"."ended_on" and "short_term_support"."ended_on" >= "short_term_support"."started_on")),
	CONSTRAINT "short_term_support_outcome_when_ended" CHECK(("short_term_support"."ended_on" is null) = ("short_term_support"."outcome" is null)),
	CONSTRAINT "short_term_support_cost_whole" CHECK("short_term_support"."weekly_cost_pence" is null or (typeof("short_term_support"."weekly_cost_pence") = 'integer' and "short_term_support"."weekly_cost_pence" >= 0))
);
--> statement-breakpoint
CREATE INDEX `short_term_support_person_id_started_on` ON `short_term_support` (`person_id`,`started_on`);--> statement-breakpoint
CREATE INDEX `short_term_support_type_started_on` ON `short_term_support` (`service_type`,`started_on`);--> statement-breakpoint
ALTER TABLE `safeguarding_enquiries` ADD `risk_result_row` text;--> statement-breakpoint
-- Safeguarding Adults Collection categories (decision 019). Until now a risk outcome ran the finding, the action and
-- the result together; the collection counts the finding with the action (SG2c, seven rows) and, where a risk was
-- identified, the result apart (SG2e). Closed enquiries are rewritten once, their JSON and their count columns
-- alike: "action taken" found a risk and acted, its result kept ("remains" is now "remained"); "risk identified, no
-- action" keeps its reason, its result never asked ("not-recorded"); "inconclusive", "no risk" and "ceased at the
-- person's request" had no way to record an action, so they read as no action taken. Each rewritten enquiry gets an
-- audit entry naming what it said before. The triggers that keep closed enquiries unchanged are lifted for this one
-- update and put back as they were.
INSERT INTO `audit_log` (`at`, `actor_user_id`, `action`, `person_id`, `resource`, `detail`)
SELECT CAST(strftime('%s', 'now') AS INTEGER) * 1000, NULL, 'safeguarding.enquiry.sac-categories-migrated', `person_id`, 'safeguarding-enquiry:' || `id`,
	json_object('migration', '0010', 'riskOutcomeRowBefore', `risk_outcome_row`)
FROM `safeguarding_enquiries` WHERE `risk_outcome_row` IS NOT NULL;
--> statement-breakpoint
DROP TRIGGER `safeguarding_enquiries_closed_final`;
--> statement-breakpoint
DROP TRIGGER `safeguarding_enquiries_one_version_at_a_time`;
--> statement-breakpoint
UPDATE `safeguarding_enquiries` SET
	`risk_result_row` = CASE `risk_outcome_row`
		WHEN 'action-taken-removed' THEN 'removed'
		WHEN 'action-taken-reduced' THEN 'reduced'
		WHEN 'action-taken-remains' THEN 'remained'
		WHEN 'risk-identified-no-action' THEN 'not-recorded'
		ELSE NULL END,
	`risk_outcome_row` = CASE `risk_outcome_row`
		WHEN 'action-taken-removed' THEN 'risk-identified-action-taken'
		WHEN 'action-taken-reduced' THEN 'risk-identified-action-taken'
		WHEN 'action-taken-remains' THEN 'risk-identified-action-taken'
		WHEN 'risk-identified-no-action' THEN 'risk-identified-no-action'
		WHEN 'inconclusive' THEN 'inconclusive-no-action'
		WHEN 'no-risk' THEN 'no-risk-no-action'
		WHEN 'ceased-at-request' THEN 'ceased-at-request-no-action'
		ELSE `risk_outcome_row` END,
	`enquiry` = CASE json_extract(`enquiry`, '$.closure.riskOutcome.kind')
		WHEN 'action-taken' THEN json_set(`enquiry`, '$.closure.riskOutcome', json_object(
			'risk', 'identified', 'actionTaken', json('true'), 'action', json_extract(`enquiry`, '$.closure.riskOutcome.actionTaken'),
			'result', CASE json_extract(`enquiry`, '$.closure.riskOutcome.result') WHEN 'remains' THEN 'remained' ELSE json_extract(`enquiry`, '$.closure.riskOutcome.result') END))
		WHEN 'risk-identified-no-action' THEN json_set(`enquiry`, '$.closure.riskOutcome', json_object(
			'risk', 'identified', 'actionTaken', json('false'), 'reason', json_extract(`enquiry`, '$.closure.riskOutcome.reason')))
		WHEN 'inconclusive' THEN json_set(`enquiry`, '$.closure.riskOutcome', json_patch(
			json_object('risk', 'inconclusive', 'actionTaken', json('false')), json_object('note', json_extract(`enquiry`, '$.closure.riskOutcome.note'))))
		WHEN 'no-risk' THEN json_set(`enquiry`, '$.closure.riskOutcome', json_patch(
			json_object('risk', 'none', 'actionTaken', json('false')), json_object('note', json_extract(`enquiry`, '$.closure.riskOutcome.note'))))
		WHEN 'ceased-at-request' THEN json_set(`enquiry`, '$.closure.riskOutcome', json_patch(
			json_object('risk', 'ceased-at-request', 'actionTaken', json('false')), json_object('note', json_extract(`enquiry`, '$.closure.riskOutcome.note'))))
		ELSE `enquiry` END
WHERE `risk_outcome_row` IS NOT NULL OR json_extract(`enquiry`, '$.closure.riskOutcome.kind') IS NOT NULL;
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
