CREATE TABLE `direct_payment_return_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`return_id` text NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`content_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`content` blob NOT NULL,
	`uploaded_by_user_id` text NOT NULL,
	`uploaded_at` integer NOT NULL,
	FOREIGN KEY (`return_id`) REFERENCES `direct_payment_returns`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`uploaded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "direct_payment_return_documents_kind_known" CHECK("direct_payment_return_documents"."kind" in ('bank-statement', 'invoice-or-receipt', 'timesheet-or-payslip', 'other')),
	CONSTRAINT "direct_payment_return_documents_content_type_known" CHECK("direct_payment_return_documents"."content_type" in ('application/pdf', 'image/jpeg', 'image/png')),
	CONSTRAINT "direct_payment_return_documents_size" CHECK("direct_payment_return_documents"."size_bytes" = length("direct_payment_return_documents"."content") and "direct_payment_return_documents"."size_bytes" > 0 and "direct_payment_return_documents"."size_bytes" <= 5242880),
	CONSTRAINT "direct_payment_return_documents_file_name" CHECK(length(trim("direct_payment_return_documents"."file_name")) > 0 and length("direct_payment_return_documents"."file_name") <= 200),
	CONSTRAINT "direct_payment_return_documents_sha256_hex" CHECK(length("direct_payment_return_documents"."sha256") = 64 and "direct_payment_return_documents"."sha256" not glob '*[^0-9a-f]*')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `direct_payment_return_documents_file` ON `direct_payment_return_documents` (`return_id`,`sha256`);--> statement-breakpoint
CREATE TRIGGER `direct_payment_return_documents_no_update`
BEFORE UPDATE ON `direct_payment_return_documents`
BEGIN
	SELECT RAISE(ABORT, 'a document sent with a return cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `direct_payment_return_documents_no_delete`
BEFORE DELETE ON `direct_payment_return_documents`
BEGIN
	SELECT RAISE(ABORT, 'a document sent with a return cannot be removed');
END;
