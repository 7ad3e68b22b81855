CREATE TABLE `direct_payment_agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`plan_id` text NOT NULL,
	`plan_version` integer NOT NULL,
	`recipient_role` text NOT NULL,
	`account_type` text NOT NULL,
	`basis` text NOT NULL,
	`delivery_mechanism` text NOT NULL,
	`start_date` text NOT NULL,
	`weekly_payment_pence` integer NOT NULL,
	`cost_centre` text NOT NULL,
	`agreement` text NOT NULL,
	`rules_version` text NOT NULL,
	`created_by_user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`plan_id`) REFERENCES `support_plans`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "direct_payment_agreements_recipient_known" CHECK("direct_payment_agreements"."recipient_role" in ('the-person', 'nominated-person', 'authorised-person')),
	CONSTRAINT "direct_payment_agreements_account_known" CHECK("direct_payment_agreements"."account_type" in ('own-bank-account', 'prepaid-card', 'managed-account', 'individual-service-fund')),
	CONSTRAINT "direct_payment_agreements_basis_known" CHECK("direct_payment_agreements"."basis" in ('net', 'gross')),
	CONSTRAINT "direct_payment_agreements_mechanism_known" CHECK("direct_payment_agreements"."delivery_mechanism" in ('direct-payment', 'cassr-managed-personal-budget')),
	CONSTRAINT "direct_payment_agreements_start_date" CHECK(date("direct_payment_agreements"."start_date") is "direct_payment_agreements"."start_date"),
	CONSTRAINT "direct_payment_agreements_weekly_whole" CHECK(typeof("direct_payment_agreements"."weekly_payment_pence") = 'integer' and "direct_payment_agreements"."weekly_payment_pence" >= 0),
	CONSTRAINT "direct_payment_agreements_agreement_json" CHECK(json_valid("direct_payment_agreements"."agreement")),
	CONSTRAINT "direct_payment_agreements_cost_centre" CHECK(length(trim("direct_payment_agreements"."cost_centre")) > 0)
);
--> statement-breakpoint
CREATE INDEX `direct_payment_agreements_person_id` ON `direct_payment_agreements` (`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `direct_payment_agreements_plan_version` ON `direct_payment_agreements` (`plan_id`,`plan_version`);--> statement-breakpoint
CREATE TABLE `direct_payment_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`agreement_id` text NOT NULL,
	`sequence` integer NOT NULL,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`return_id` text,
	`detail` text,
	`agreement` text,
	`decided_by_user_id` text NOT NULL,
	`decided_at` integer NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `direct_payment_agreements`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`return_id`) REFERENCES `direct_payment_returns`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "direct_payment_decisions_kind_known" CHECK("direct_payment_decisions"."kind" in ('suspension', 'resumption', 'ending', 'surplus', 'return-checked')),
	CONSTRAINT "direct_payment_decisions_sequence" CHECK(typeof("direct_payment_decisions"."sequence") = 'integer' and "direct_payment_decisions"."sequence" >= 1),
	CONSTRAINT "direct_payment_decisions_reason_given" CHECK(length(trim("direct_payment_decisions"."reason")) > 0),
	CONSTRAINT "direct_payment_decisions_agreement_kept" CHECK(("direct_payment_decisions"."kind" in ('suspension', 'resumption', 'ending')) = ("direct_payment_decisions"."agreement" is not null)),
	CONSTRAINT "direct_payment_decisions_return_checked" CHECK(("direct_payment_decisions"."kind" in ('return-checked', 'surplus')) = ("direct_payment_decisions"."return_id" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `direct_payment_decisions_sequence` ON `direct_payment_decisions` (`agreement_id`,`sequence`);--> statement-breakpoint
CREATE UNIQUE INDEX `direct_payment_decisions_return_id` ON `direct_payment_decisions` (`return_id`) WHERE "direct_payment_decisions"."return_id" is not null;--> statement-breakpoint
CREATE TABLE `direct_payment_returns` (
	`id` text PRIMARY KEY NOT NULL,
	`agreement_id` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`received_on` text NOT NULL,
	`opening_balance_pence` integer NOT NULL,
	`closing_balance_pence` integer NOT NULL,
	`paid_in_pence` integer NOT NULL,
	`contributions_paid_in_pence` integer NOT NULL,
	`surplus_pence` integer NOT NULL,
	`source` text NOT NULL,
	`statement_sha256` text,
	`statement_file_name` text,
	`result` text NOT NULL,
	`sent_by_user_id` text NOT NULL,
	`sent_at` integer NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `direct_payment_agreements`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`sent_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "direct_payment_returns_source_known" CHECK("direct_payment_returns"."source" in ('form', 'card-statement')),
	CONSTRAINT "direct_payment_returns_dates" CHECK(date("direct_payment_returns"."period_start") is "direct_payment_returns"."period_start" and date("direct_payment_returns"."period_end") is "direct_payment_returns"."period_end" and date("direct_payment_returns"."received_on") is "direct_payment_returns"."received_on" and "direct_payment_returns"."period_start" <= "direct_payment_returns"."period_end"),
	CONSTRAINT "direct_payment_returns_pence_whole" CHECK(typeof("direct_payment_returns"."opening_balance_pence") = 'integer' and typeof("direct_payment_returns"."closing_balance_pence") = 'integer' and typeof("direct_payment_returns"."paid_in_pence") = 'integer' and "direct_payment_returns"."paid_in_pence" >= 0 and typeof("direct_payment_returns"."contributions_paid_in_pence") = 'integer' and "direct_payment_returns"."contributions_paid_in_pence" >= 0 and typeof("direct_payment_returns"."surplus_pence") = 'integer' and "direct_payment_returns"."surplus_pence" >= 0),
	CONSTRAINT "direct_payment_returns_statement" CHECK(("direct_payment_returns"."source" = 'card-statement') = ("direct_payment_returns"."statement_sha256" is not null)),
	CONSTRAINT "direct_payment_returns_result_json" CHECK(json_valid("direct_payment_returns"."result"))
);
--> statement-breakpoint
CREATE INDEX `direct_payment_returns_agreement_id` ON `direct_payment_returns` (`agreement_id`,`period_end`);--> statement-breakpoint
CREATE UNIQUE INDEX `direct_payment_returns_statement` ON `direct_payment_returns` (`agreement_id`,`statement_sha256`) WHERE "direct_payment_returns"."statement_sha256" is not null;--> statement-breakpoint
CREATE TABLE `direct_payment_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`paid_on` text NOT NULL,
	`payment_count` integer NOT NULL,
	`total_pence` integer NOT NULL,
	`run_by_user_id` text NOT NULL,
	`run_at` integer NOT NULL,
	FOREIGN KEY (`run_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "direct_payment_runs_dates" CHECK(date("direct_payment_runs"."period_start") is "direct_payment_runs"."period_start" and date("direct_payment_runs"."period_end") is "direct_payment_runs"."period_end" and date("direct_payment_runs"."paid_on") is "direct_payment_runs"."paid_on" and "direct_payment_runs"."period_start" <= "direct_payment_runs"."period_end"),
	CONSTRAINT "direct_payment_runs_totals" CHECK(typeof("direct_payment_runs"."payment_count") = 'integer' and "direct_payment_runs"."payment_count" >= 0 and typeof("direct_payment_runs"."total_pence") = 'integer' and "direct_payment_runs"."total_pence" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `direct_payment_runs_period_start` ON `direct_payment_runs` (`period_start`);--> statement-breakpoint
CREATE TABLE `direct_payment_spend_lines` (
	`return_id` text NOT NULL,
	`line` integer NOT NULL,
	`spent_on` text,
	`description` text NOT NULL,
	`pence` integer NOT NULL,
	`support_id` text,
	PRIMARY KEY(`return_id`, `line`),
	FOREIGN KEY (`return_id`) REFERENCES `direct_payment_returns`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "direct_payment_spend_lines_pence_whole" CHECK(typeof("direct_payment_spend_lines"."pence") = 'integer'),
	CONSTRAINT "direct_payment_spend_lines_date" CHECK("direct_payment_spend_lines"."spent_on" is null or date("direct_payment_spend_lines"."spent_on") is "direct_payment_spend_lines"."spent_on")
);
--> statement-breakpoint
CREATE TABLE `direct_payments` (
	`id` text PRIMARY KEY NOT NULL,
	`agreement_id` text NOT NULL,
	`run_id` text NOT NULL,
	`reference` text NOT NULL,
	`kind` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`due_date` text NOT NULL,
	`paid_on` text NOT NULL,
	`pence` integer NOT NULL,
	`explanation` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `direct_payment_agreements`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`run_id`) REFERENCES `direct_payment_runs`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "direct_payments_kind_known" CHECK("direct_payments"."kind" in ('regular', 'pro-rata', 'one-off', 'allowance')),
	CONSTRAINT "direct_payments_dates" CHECK(date("direct_payments"."period_start") is "direct_payments"."period_start" and date("direct_payments"."period_end") is "direct_payments"."period_end" and date("direct_payments"."due_date") is "direct_payments"."due_date" and date("direct_payments"."paid_on") is "direct_payments"."paid_on"),
	CONSTRAINT "direct_payments_pence_whole" CHECK(typeof("direct_payments"."pence") = 'integer' and "direct_payments"."pence" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `direct_payments_reference` ON `direct_payments` (`reference`);--> statement-breakpoint
CREATE INDEX `direct_payments_agreement_id` ON `direct_payments` (`agreement_id`,`due_date`);--> statement-breakpoint
CREATE INDEX `direct_payments_run_id` ON `direct_payments` (`run_id`);--> statement-breakpoint
CREATE TRIGGER `direct_payment_agreements_no_update`
BEFORE UPDATE ON `direct_payment_agreements`
BEGIN
	SELECT RAISE(ABORT, 'a direct-payment agreement cannot be changed: record a decision');
END;
--> statement-breakpoint
CREATE TRIGGER `direct_payment_agreements_no_delete`
BEFORE DELETE ON `direct_payment_agreements`
BEGIN
	SELECT RAISE(ABORT, 'a direct-payment agreement cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `direct_payment_decisions_no_update`
BEFORE UPDATE ON `direct_payment_decisions`
BEGIN
	SELECT RAISE(ABORT, 'a direct-payment decision cannot be changed: record a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `direct_payment_decisions_no_delete`
BEFORE DELETE ON `direct_payment_decisions`
BEGIN
	SELECT RAISE(ABORT, 'a direct-payment decision cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `direct_payment_runs_no_update`
BEFORE UPDATE ON `direct_payment_runs`
BEGIN
	SELECT RAISE(ABORT, 'a payment run cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `direct_payment_runs_no_delete`
BEFORE DELETE ON `direct_payment_runs`
BEGIN
	SELECT RAISE(ABORT, 'a payment run cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `direct_payments_no_update`
BEFORE UPDATE ON `direct_payments`
BEGIN
	SELECT RAISE(ABORT, 'a payment made cannot be changed: record an adjustment');
END;
--> statement-breakpoint
CREATE TRIGGER `direct_payments_no_delete`
BEFORE DELETE ON `direct_payments`
BEGIN
	SELECT RAISE(ABORT, 'a payment made cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `direct_payment_returns_no_update`
BEFORE UPDATE ON `direct_payment_returns`
BEGIN
	SELECT RAISE(ABORT, 'a return cannot be changed: send a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `direct_payment_returns_no_delete`
BEFORE DELETE ON `direct_payment_returns`
BEGIN
	SELECT RAISE(ABORT, 'a return cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `direct_payment_spend_lines_no_update`
BEFORE UPDATE ON `direct_payment_spend_lines`
BEGIN
	SELECT RAISE(ABORT, 'a return cannot be changed: send a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `direct_payment_spend_lines_no_delete`
BEFORE DELETE ON `direct_payment_spend_lines`
BEGIN
	SELECT RAISE(ABORT, 'a return cannot be removed');
END;
