CREATE TABLE "direct_payment_adjustments" (
	"id" text PRIMARY KEY NOT NULL,
	"agreement_id" text NOT NULL,
	"run_id" text NOT NULL,
	"reference" text NOT NULL,
	"adjusts_reference" text NOT NULL,
	"kind" text NOT NULL,
	"period_start" text NOT NULL,
	"period_end" text NOT NULL,
	"paid_on" text NOT NULL,
	"pence" bigint NOT NULL,
	"explanation" json NOT NULL,
	CONSTRAINT "direct_payment_adjustments_kind_known" CHECK ("direct_payment_adjustments"."kind" in ('arrears', 'recovery')),
	CONSTRAINT "direct_payment_adjustments_dates" CHECK (is_calendar_date("direct_payment_adjustments"."period_start") and is_calendar_date("direct_payment_adjustments"."period_end") and is_calendar_date("direct_payment_adjustments"."paid_on")),
	CONSTRAINT "direct_payment_adjustments_pence_whole" CHECK ("direct_payment_adjustments"."pence" is not null and "direct_payment_adjustments"."pence" > 0)
);
--> statement-breakpoint
ALTER TABLE "direct_payment_decisions" DROP CONSTRAINT "direct_payment_decisions_kind_known";--> statement-breakpoint
ALTER TABLE "direct_payment_decisions" DROP CONSTRAINT "direct_payment_decisions_agreement_kept";--> statement-breakpoint
ALTER TABLE "direct_payment_adjustments" ADD CONSTRAINT "direct_payment_adjustments_agreement_id_direct_payment_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."direct_payment_agreements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_payment_adjustments" ADD CONSTRAINT "direct_payment_adjustments_run_id_direct_payment_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."direct_payment_runs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "direct_payment_adjustments_reference" ON "direct_payment_adjustments" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "direct_payment_adjustments_agreement_id" ON "direct_payment_adjustments" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "direct_payment_adjustments_run_id" ON "direct_payment_adjustments" USING btree ("run_id");--> statement-breakpoint
ALTER TABLE "direct_payment_decisions" ADD CONSTRAINT "direct_payment_decisions_kind_known" CHECK ("direct_payment_decisions"."kind" in ('suspension', 'resumption', 'ending', 'surplus', 'return-checked', 'change', 'review'));--> statement-breakpoint
ALTER TABLE "direct_payment_decisions" ADD CONSTRAINT "direct_payment_decisions_agreement_kept" CHECK (("direct_payment_decisions"."kind" in ('suspension', 'resumption', 'ending', 'change')) = ("direct_payment_decisions"."agreement" is not null));--> statement-breakpoint
CREATE TRIGGER direct_payment_adjustments_no_update BEFORE UPDATE ON direct_payment_adjustments
FOR EACH ROW EXECUTE FUNCTION refuse_change('an adjustment made cannot be changed: record a new one');
--> statement-breakpoint
CREATE TRIGGER direct_payment_adjustments_no_delete BEFORE DELETE ON direct_payment_adjustments
FOR EACH ROW EXECUTE FUNCTION refuse_change('an adjustment made cannot be removed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_adjustments_no_truncate BEFORE TRUNCATE ON direct_payment_adjustments
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('an adjustment made cannot be removed');
