CREATE TABLE "direct_payment_employment_evidence" (
	"id" text PRIMARY KEY NOT NULL,
	"agreement_id" text NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"expires_on" text NOT NULL,
	"evidence" json NOT NULL,
	"rules_version" text NOT NULL,
	"recorded_by_user_id" text NOT NULL,
	"recorded_at" bigint NOT NULL,
	CONSTRAINT "direct_payment_employment_evidence_kind_known" CHECK ("direct_payment_employment_evidence"."kind" in ('employers-liability-insurance', 'payroll-provider', 'pension', 'dbs')),
	CONSTRAINT "direct_payment_employment_evidence_subject" CHECK (length(trim("direct_payment_employment_evidence"."subject")) > 0),
	CONSTRAINT "direct_payment_employment_evidence_expires_on" CHECK (is_calendar_date("direct_payment_employment_evidence"."expires_on")),
	CONSTRAINT "direct_payment_employment_evidence_json" CHECK ("direct_payment_employment_evidence"."evidence" is not null)
);
--> statement-breakpoint
ALTER TABLE "direct_payment_employment_evidence" ADD CONSTRAINT "direct_payment_employment_evidence_agreement_id_direct_payment_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."direct_payment_agreements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_payment_employment_evidence" ADD CONSTRAINT "direct_payment_employment_evidence_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "direct_payment_employment_evidence_agreement_id" ON "direct_payment_employment_evidence" USING btree ("agreement_id");--> statement-breakpoint
CREATE TRIGGER direct_payment_employment_evidence_no_update BEFORE UPDATE ON direct_payment_employment_evidence
FOR EACH ROW EXECUTE FUNCTION refuse_change('employment evidence cannot be changed: record newer evidence');
--> statement-breakpoint
CREATE TRIGGER direct_payment_employment_evidence_no_delete BEFORE DELETE ON direct_payment_employment_evidence
FOR EACH ROW EXECUTE FUNCTION refuse_change('employment evidence cannot be removed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_employment_evidence_no_truncate BEFORE TRUNCATE ON direct_payment_employment_evidence
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('employment evidence cannot be removed');
