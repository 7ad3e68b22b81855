CREATE TABLE "direct_payment_return_documents" (
	"id" text PRIMARY KEY NOT NULL,
	"return_id" text NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_user_id" text NOT NULL,
	"uploaded_at" bigint NOT NULL,
	CONSTRAINT "direct_payment_return_documents_kind_known" CHECK ("direct_payment_return_documents"."kind" in ('bank-statement', 'invoice-or-receipt', 'timesheet-or-payslip', 'other')),
	CONSTRAINT "direct_payment_return_documents_content_type_known" CHECK ("direct_payment_return_documents"."content_type" in ('application/pdf', 'image/jpeg', 'image/png')),
	CONSTRAINT "direct_payment_return_documents_size" CHECK ("direct_payment_return_documents"."size_bytes" = octet_length("direct_payment_return_documents"."content") and "direct_payment_return_documents"."size_bytes" > 0 and "direct_payment_return_documents"."size_bytes" <= 5242880),
	CONSTRAINT "direct_payment_return_documents_file_name" CHECK (length(trim("direct_payment_return_documents"."file_name")) > 0 and length("direct_payment_return_documents"."file_name") <= 200),
	CONSTRAINT "direct_payment_return_documents_sha256_hex" CHECK ("direct_payment_return_documents"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "direct_payment_return_documents" ADD CONSTRAINT "direct_payment_return_documents_return_id_direct_payment_returns_id_fk" FOREIGN KEY ("return_id") REFERENCES "public"."direct_payment_returns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_payment_return_documents" ADD CONSTRAINT "direct_payment_return_documents_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "direct_payment_return_documents_file" ON "direct_payment_return_documents" USING btree ("return_id","sha256");--> statement-breakpoint
CREATE TRIGGER direct_payment_return_documents_no_update BEFORE UPDATE ON direct_payment_return_documents
FOR EACH ROW EXECUTE FUNCTION refuse_change('a document sent with a return cannot be changed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_return_documents_no_delete BEFORE DELETE ON direct_payment_return_documents
FOR EACH ROW EXECUTE FUNCTION refuse_change('a document sent with a return cannot be removed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_return_documents_no_truncate BEFORE TRUNCATE ON direct_payment_return_documents
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a document sent with a return cannot be removed');
