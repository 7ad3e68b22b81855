CREATE TABLE `direct_payment_adjustments` (
	`id` text PRIMARY KEY NOT NULL,
	`agreement_id` text NOT NULL,
	`run_id` text NOT NULL,
	`reference` text NOT NULL,
	`adjusts_reference` text NOT NULL,
	`kind` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`paid_on` text NOT NULL,
	`pence` integer NOT NULL,
	`explanation` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `direct_payment_agreements`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`run_id`) REFERENCES `direct_payment_runs`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "direct_payment_adjustments_kind_known" CHECK("direct_payment_adjustments"."kind" in ('arrears', 'recovery')),
	CONSTRAINT "direct_payment_adjustments_dates" CHECK(date("direct_payment_adjustments"."period_start") is "direct_payment_adjustments"."period_start" and date("direct_payment_adjustments"."period_end") is "direct_payment_adjustments"."period_end" and date("direct_payment_adjustments"."paid_on") is "direct_payment_adjustments"."paid_on"),
	CONSTRAINT "direct_payment_adjustments_pence_whole" CHECK(typeof("direct_payment_adjustments"."pence") = 'integer' and "direct_payment_adjustments"."pence" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `direct_payment_adjustments_reference` ON `direct_payment_adjustments` (`reference`);--> statement-breakpoint
CREATE INDEX `direct_payment_adjustments_agreement_id` ON `direct_payment_adjustments` (`agreement_id`);--> statement-breakpoint
CREATE INDEX `direct_payment_adjustments_run_id` ON `direct_payment_adjustments` (`run_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_direct_payment_decisions` (
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
	CONSTRAINT "direct_payment_decisions_kind_known" CHECK("__new_direct_payment_decisions"."kind" in ('suspension', 'resumption', 'ending', 'surplus', 'return-checked', 'change', 'review')),
	CONSTRAINT "direct_payment_decisions_sequence" CHECK(typeof("__new_direct_payment_decisions"."sequence") = 'integer' and "__new_direct_payment_decisions"."sequence" >= 1),
	CONSTRAINT "direct_payment_decisions_reason_given" CHECK(length(trim("__new_direct_payment_decisions"."reason")) > 0),
	CONSTRAINT "direct_payment_decisions_agreement_kept" CHECK(("__new_direct_payment_decisions"."kind" in ('suspension', 'resumption', 'ending', 'change')) = ("__new_direct_payment_decisions"."agreement" is not null)),
	CONSTRAINT "direct_payment_decisions_return_checked" CHECK(("__new_direct_payment_decisions"."kind" in ('return-checked', 'surplus')) = ("__new_direct_payment_decisions"."return_id" is not null))
);
--> statement-breakpoint
INSERT INTO `__new_direct_payment_decisions`("id", "agreement_id", "sequence", "kind", "reason", "return_id", "detail", "agreement", "decided_by_user_id", "decided_at") SELECT "id", "agreement_id", "sequence", "kind", "reason", "return_id", "detail", "agreement", "decided_by_user_id", "decided_at" FROM `direct_payment_decisions`;--> statement-breakpoint
DROP TABLE `direct_payment_decisions`;--> statement-breakpoint
ALTER TABLE `__new_direct_payment_decisions` RENAME TO `direct_payment_decisions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `direct_payment_decisions_sequence` ON `direct_payment_decisions` (`agreement_id`,`sequence`);--> statement-breakpoint
CREATE UNIQUE INDEX `direct_payment_decisions_return_id` ON `direct_payment_decisions` (`return_id`) WHERE "direct_payment_decisions"."return_id" is not null;--> statement-breakpoint
-- Rebuilding the decisions table (for its new kinds) dropped its triggers: decisions stay append-only.
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
CREATE TRIGGER `direct_payment_adjustments_no_update`
BEFORE UPDATE ON `direct_payment_adjustments`
BEGIN
	SELECT RAISE(ABORT, 'an adjustment made cannot be changed: record a new one');
END;
--> statement-breakpoint
CREATE TRIGGER `direct_payment_adjustments_no_delete`
BEFORE DELETE ON `direct_payment_adjustments`
BEGIN
	SELECT RAISE(ABORT, 'an adjustment made cannot be removed');
END;
