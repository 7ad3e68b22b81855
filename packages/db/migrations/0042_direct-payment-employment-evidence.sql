CREATE TABLE `direct_payment_employment_evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`agreement_id` text NOT NULL,
	`kind` text NOT NULL,
	`subject` text NOT NULL,
	`expires_on` text NOT NULL,
	`evidence` text NOT NULL,
	`rules_version` text NOT NULL,
	`recorded_by_user_id` text NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `direct_payment_agreements`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "direct_payment_employment_evidence_kind_known" CHECK("direct_payment_employment_evidence"."kind" in ('employers-liability-insurance', 'payroll-provider', 'pension', 'dbs')),
	CONSTRAINT "direct_payment_employment_evidence_subject" CHECK(length(trim("direct_payment_employment_evidence"."subject")) > 0),
	CONSTRAINT "direct_payment_employment_evidence_expires_on" CHECK(date("direct_payment_employment_evidence"."expires_on") is "direct_payment_employment_evidence"."expires_on"),
	CONSTRAINT "direct_payment_employment_evidence_json" CHECK(json_valid("direct_payment_employment_evidence"."evidence"))
);
--> statement-breakpoint
CREATE INDEX `direct_payment_employment_evidence_agreement_id` ON `direct_payment_employment_evidence` (`agreement_id`);--> statement-breakpoint
CREATE TRIGGER `direct_payment_employment_evidence_no_update`
BEFORE UPDATE ON `direct_payment_employment_evidence`
BEGIN
	SELECT RAISE(ABORT, 'employment evidence cannot be changed: record newer evidence');
END;
--> statement-breakpoint
CREATE TRIGGER `direct_payment_employment_evidence_no_delete`
BEFORE DELETE ON `direct_payment_employment_evidence`
BEGIN
	SELECT RAISE(ABORT, 'employment evidence cannot be removed');
END;
