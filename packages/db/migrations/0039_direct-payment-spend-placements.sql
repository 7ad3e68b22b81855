CREATE TABLE `direct_payment_spend_placements` (
	`id` text PRIMARY KEY NOT NULL,
	`return_id` text NOT NULL,
	`sequence` integer NOT NULL,
	`supports` text NOT NULL,
	`result` text NOT NULL,
	`placed_by_user_id` text NOT NULL,
	`placed_at` integer NOT NULL,
	FOREIGN KEY (`return_id`) REFERENCES `direct_payment_returns`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`placed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "direct_payment_spend_placements_sequence_whole" CHECK(typeof("direct_payment_spend_placements"."sequence") = 'integer' and "direct_payment_spend_placements"."sequence" >= 1),
	CONSTRAINT "direct_payment_spend_placements_supports_json" CHECK(json_valid("direct_payment_spend_placements"."supports")),
	CONSTRAINT "direct_payment_spend_placements_result_json" CHECK(json_valid("direct_payment_spend_placements"."result"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `direct_payment_spend_placements_sequence` ON `direct_payment_spend_placements` (`return_id`,`sequence`);--> statement-breakpoint
CREATE TRIGGER `direct_payment_spend_placements_no_update`
BEFORE UPDATE ON `direct_payment_spend_placements`
BEGIN
	SELECT RAISE(ABORT, 'a placement of spend cannot be changed: place it again');
END;
--> statement-breakpoint
CREATE TRIGGER `direct_payment_spend_placements_no_delete`
BEFORE DELETE ON `direct_payment_spend_placements`
BEGIN
	SELECT RAISE(ABORT, 'a placement of spend cannot be removed');
END;
