PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_direct_payment_agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`plan_id` text,
	`carer_plan_id` text,
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
	FOREIGN KEY (`carer_plan_id`) REFERENCES `carer_plans`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "direct_payment_agreements_one_plan" CHECK(("__new_direct_payment_agreements"."plan_id" is null) <> ("__new_direct_payment_agreements"."carer_plan_id" is null)),
	CONSTRAINT "direct_payment_agreements_recipient_known" CHECK("__new_direct_payment_agreements"."recipient_role" in ('the-person', 'nominated-person', 'authorised-person')),
	CONSTRAINT "direct_payment_agreements_account_known" CHECK("__new_direct_payment_agreements"."account_type" in ('own-bank-account', 'prepaid-card', 'managed-account', 'individual-service-fund')),
	CONSTRAINT "direct_payment_agreements_basis_known" CHECK("__new_direct_payment_agreements"."basis" in ('net', 'gross')),
	CONSTRAINT "direct_payment_agreements_mechanism_known" CHECK("__new_direct_payment_agreements"."delivery_mechanism" in ('direct-payment', 'cassr-managed-personal-budget')),
	CONSTRAINT "direct_payment_agreements_start_date" CHECK(date("__new_direct_payment_agreements"."start_date") is "__new_direct_payment_agreements"."start_date"),
	CONSTRAINT "direct_payment_agreements_weekly_whole" CHECK(typeof("__new_direct_payment_agreements"."weekly_payment_pence") = 'integer' and "__new_direct_payment_agreements"."weekly_payment_pence" >= 0),
	CONSTRAINT "direct_payment_agreements_agreement_json" CHECK(json_valid("__new_direct_payment_agreements"."agreement")),
	CONSTRAINT "direct_payment_agreements_cost_centre" CHECK(length(trim("__new_direct_payment_agreements"."cost_centre")) > 0)
);
--> statement-breakpoint
INSERT INTO `__new_direct_payment_agreements`("id", "person_id", "plan_id", "plan_version", "recipient_role", "account_type", "basis", "delivery_mechanism", "start_date", "weekly_payment_pence", "cost_centre", "agreement", "rules_version", "created_by_user_id", "created_at") SELECT "id", "person_id", "plan_id", "plan_version", "recipient_role", "account_type", "basis", "delivery_mechanism", "start_date", "weekly_payment_pence", "cost_centre", "agreement", "rules_version", "created_by_user_id", "created_at" FROM `direct_payment_agreements`;--> statement-breakpoint
DROP TABLE `direct_payment_agreements`;--> statement-breakpoint
ALTER TABLE `__new_direct_payment_agreements` RENAME TO `direct_payment_agreements`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `direct_payment_agreements_person_id` ON `direct_payment_agreements` (`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `direct_payment_agreements_plan_version` ON `direct_payment_agreements` (`plan_id`,`plan_version`);--> statement-breakpoint
CREATE UNIQUE INDEX `direct_payment_agreements_carer_plan_id` ON `direct_payment_agreements` (`carer_plan_id`);--> statement-breakpoint
-- Rebuilding the agreements table (a carer's plan may now be what an agreement is made from) dropped its triggers:
-- agreements stay append-only.
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
