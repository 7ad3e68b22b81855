CREATE TABLE `direct_payment_card_transactions` (
	`agreement_id` text NOT NULL,
	`identity` text NOT NULL,
	`return_id` text NOT NULL,
	PRIMARY KEY(`agreement_id`, `identity`),
	FOREIGN KEY (`agreement_id`) REFERENCES `direct_payment_agreements`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`return_id`) REFERENCES `direct_payment_returns`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "direct_payment_card_transactions_identity_hex" CHECK(length("direct_payment_card_transactions"."identity") = 64 and "direct_payment_card_transactions"."identity" not glob '*[^0-9a-f]*')
);
--> statement-breakpoint
CREATE TRIGGER `direct_payment_card_transactions_no_update`
BEFORE UPDATE ON `direct_payment_card_transactions`
BEGIN
	SELECT RAISE(ABORT, 'an imported card transaction cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `direct_payment_card_transactions_no_delete`
BEFORE DELETE ON `direct_payment_card_transactions`
BEGIN
	SELECT RAISE(ABORT, 'an imported card transaction cannot be removed');
END;
