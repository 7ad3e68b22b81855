CREATE TABLE "direct_payment_agreements" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"plan_version" bigint NOT NULL,
	"recipient_role" text NOT NULL,
	"account_type" text NOT NULL,
	"basis" text NOT NULL,
	"delivery_mechanism" text NOT NULL,
	"start_date" text NOT NULL,
	"weekly_payment_pence" bigint NOT NULL,
	"cost_centre" text NOT NULL,
	"agreement" json NOT NULL,
	"rules_version" text NOT NULL,
	"created_by_user_id" text NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "direct_payment_agreements_recipient_known" CHECK ("direct_payment_agreements"."recipient_role" in ('the-person', 'nominated-person', 'authorised-person')),
	CONSTRAINT "direct_payment_agreements_account_known" CHECK ("direct_payment_agreements"."account_type" in ('own-bank-account', 'prepaid-card', 'managed-account', 'individual-service-fund')),
	CONSTRAINT "direct_payment_agreements_basis_known" CHECK ("direct_payment_agreements"."basis" in ('net', 'gross')),
	CONSTRAINT "direct_payment_agreements_mechanism_known" CHECK ("direct_payment_agreements"."delivery_mechanism" in ('direct-payment', 'cassr-managed-personal-budget')),
	CONSTRAINT "direct_payment_agreements_start_date" CHECK (is_calendar_date("direct_payment_agreements"."start_date")),
	CONSTRAINT "direct_payment_agreements_weekly_whole" CHECK ("direct_payment_agreements"."weekly_payment_pence" is not null and "direct_payment_agreements"."weekly_payment_pence" >= 0),
	CONSTRAINT "direct_payment_agreements_agreement_json" CHECK ("direct_payment_agreements"."agreement" is not null),
	CONSTRAINT "direct_payment_agreements_cost_centre" CHECK (length(trim("direct_payment_agreements"."cost_centre")) > 0)
);
--> statement-breakpoint
CREATE TABLE "direct_payment_decisions" (
	"id" text PRIMARY KEY NOT NULL,
	"agreement_id" text NOT NULL,
	"sequence" bigint NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"return_id" text,
	"detail" json,
	"agreement" json,
	"decided_by_user_id" text NOT NULL,
	"decided_at" bigint NOT NULL,
	CONSTRAINT "direct_payment_decisions_kind_known" CHECK ("direct_payment_decisions"."kind" in ('suspension', 'resumption', 'ending', 'surplus', 'return-checked')),
	CONSTRAINT "direct_payment_decisions_sequence" CHECK ("direct_payment_decisions"."sequence" is not null and "direct_payment_decisions"."sequence" >= 1),
	CONSTRAINT "direct_payment_decisions_reason_given" CHECK (length(trim("direct_payment_decisions"."reason")) > 0),
	CONSTRAINT "direct_payment_decisions_agreement_kept" CHECK (("direct_payment_decisions"."kind" in ('suspension', 'resumption', 'ending')) = ("direct_payment_decisions"."agreement" is not null)),
	CONSTRAINT "direct_payment_decisions_return_checked" CHECK (("direct_payment_decisions"."kind" in ('return-checked', 'surplus')) = ("direct_payment_decisions"."return_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "direct_payment_returns" (
	"id" text PRIMARY KEY NOT NULL,
	"agreement_id" text NOT NULL,
	"period_start" text NOT NULL,
	"period_end" text NOT NULL,
	"received_on" text NOT NULL,
	"opening_balance_pence" bigint NOT NULL,
	"closing_balance_pence" bigint NOT NULL,
	"paid_in_pence" bigint NOT NULL,
	"contributions_paid_in_pence" bigint NOT NULL,
	"surplus_pence" bigint NOT NULL,
	"source" text NOT NULL,
	"statement_sha256" text,
	"statement_file_name" text,
	"result" json NOT NULL,
	"sent_by_user_id" text NOT NULL,
	"sent_at" bigint NOT NULL,
	CONSTRAINT "direct_payment_returns_source_known" CHECK ("direct_payment_returns"."source" in ('form', 'card-statement')),
	CONSTRAINT "direct_payment_returns_dates" CHECK (is_calendar_date("direct_payment_returns"."period_start") and is_calendar_date("direct_payment_returns"."period_end") and is_calendar_date("direct_payment_returns"."received_on") and "direct_payment_returns"."period_start" <= "direct_payment_returns"."period_end"),
	CONSTRAINT "direct_payment_returns_pence_whole" CHECK ("direct_payment_returns"."opening_balance_pence" is not null and "direct_payment_returns"."closing_balance_pence" is not null and "direct_payment_returns"."paid_in_pence" is not null and "direct_payment_returns"."paid_in_pence" >= 0 and "direct_payment_returns"."contributions_paid_in_pence" is not null and "direct_payment_returns"."contributions_paid_in_pence" >= 0 and "direct_payment_returns"."surplus_pence" is not null and "direct_payment_returns"."surplus_pence" >= 0),
	CONSTRAINT "direct_payment_returns_statement" CHECK (("direct_payment_returns"."source" = 'card-statement') = ("direct_payment_returns"."statement_sha256" is not null)),
	CONSTRAINT "direct_payment_returns_result_json" CHECK ("direct_payment_returns"."result" is not null)
);
--> statement-breakpoint
CREATE TABLE "direct_payment_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"period_start" text NOT NULL,
	"period_end" text NOT NULL,
	"paid_on" text NOT NULL,
	"payment_count" bigint NOT NULL,
	"total_pence" bigint NOT NULL,
	"run_by_user_id" text NOT NULL,
	"run_at" bigint NOT NULL,
	CONSTRAINT "direct_payment_runs_dates" CHECK (is_calendar_date("direct_payment_runs"."period_start") and is_calendar_date("direct_payment_runs"."period_end") and is_calendar_date("direct_payment_runs"."paid_on") and "direct_payment_runs"."period_start" <= "direct_payment_runs"."period_end"),
	CONSTRAINT "direct_payment_runs_totals" CHECK ("direct_payment_runs"."payment_count" is not null and "direct_payment_runs"."payment_count" >= 0 and "direct_payment_runs"."total_pence" is not null and "direct_payment_runs"."total_pence" >= 0)
);
--> statement-breakpoint
CREATE TABLE "direct_payment_spend_lines" (
	"return_id" text NOT NULL,
	"line" bigint NOT NULL,
	"spent_on" text,
	"description" text NOT NULL,
	"pence" bigint NOT NULL,
	"support_id" text,
	CONSTRAINT "direct_payment_spend_lines_return_id_line_pk" PRIMARY KEY("return_id","line"),
	CONSTRAINT "direct_payment_spend_lines_pence_whole" CHECK ("direct_payment_spend_lines"."pence" is not null),
	CONSTRAINT "direct_payment_spend_lines_date" CHECK ("direct_payment_spend_lines"."spent_on" is null or is_calendar_date("direct_payment_spend_lines"."spent_on"))
);
--> statement-breakpoint
CREATE TABLE "direct_payments" (
	"id" text PRIMARY KEY NOT NULL,
	"agreement_id" text NOT NULL,
	"run_id" text NOT NULL,
	"reference" text NOT NULL,
	"kind" text NOT NULL,
	"period_start" text NOT NULL,
	"period_end" text NOT NULL,
	"due_date" text NOT NULL,
	"paid_on" text NOT NULL,
	"pence" bigint NOT NULL,
	"explanation" json NOT NULL,
	CONSTRAINT "direct_payments_kind_known" CHECK ("direct_payments"."kind" in ('regular', 'pro-rata', 'one-off', 'allowance')),
	CONSTRAINT "direct_payments_dates" CHECK (is_calendar_date("direct_payments"."period_start") and is_calendar_date("direct_payments"."period_end") and is_calendar_date("direct_payments"."due_date") and is_calendar_date("direct_payments"."paid_on")),
	CONSTRAINT "direct_payments_pence_whole" CHECK ("direct_payments"."pence" is not null and "direct_payments"."pence" > 0)
);
--> statement-breakpoint
ALTER TABLE "direct_payment_agreements" ADD CONSTRAINT "direct_payment_agreements_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_payment_agreements" ADD CONSTRAINT "direct_payment_agreements_plan_id_support_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."support_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_payment_agreements" ADD CONSTRAINT "direct_payment_agreements_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_payment_decisions" ADD CONSTRAINT "direct_payment_decisions_agreement_id_direct_payment_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."direct_payment_agreements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_payment_decisions" ADD CONSTRAINT "direct_payment_decisions_return_id_direct_payment_returns_id_fk" FOREIGN KEY ("return_id") REFERENCES "public"."direct_payment_returns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_payment_decisions" ADD CONSTRAINT "direct_payment_decisions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_payment_returns" ADD CONSTRAINT "direct_payment_returns_agreement_id_direct_payment_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."direct_payment_agreements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_payment_returns" ADD CONSTRAINT "direct_payment_returns_sent_by_user_id_users_id_fk" FOREIGN KEY ("sent_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_payment_runs" ADD CONSTRAINT "direct_payment_runs_run_by_user_id_users_id_fk" FOREIGN KEY ("run_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_payment_spend_lines" ADD CONSTRAINT "direct_payment_spend_lines_return_id_direct_payment_returns_id_fk" FOREIGN KEY ("return_id") REFERENCES "public"."direct_payment_returns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_payments" ADD CONSTRAINT "direct_payments_agreement_id_direct_payment_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."direct_payment_agreements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_payments" ADD CONSTRAINT "direct_payments_run_id_direct_payment_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."direct_payment_runs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "direct_payment_agreements_person_id" ON "direct_payment_agreements" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "direct_payment_agreements_plan_version" ON "direct_payment_agreements" USING btree ("plan_id","plan_version");--> statement-breakpoint
CREATE UNIQUE INDEX "direct_payment_decisions_sequence" ON "direct_payment_decisions" USING btree ("agreement_id","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "direct_payment_decisions_return_id" ON "direct_payment_decisions" USING btree ("return_id") WHERE "direct_payment_decisions"."return_id" is not null;--> statement-breakpoint
CREATE INDEX "direct_payment_returns_agreement_id" ON "direct_payment_returns" USING btree ("agreement_id","period_end");--> statement-breakpoint
CREATE UNIQUE INDEX "direct_payment_returns_statement" ON "direct_payment_returns" USING btree ("agreement_id","statement_sha256") WHERE "direct_payment_returns"."statement_sha256" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "direct_payment_runs_period_start" ON "direct_payment_runs" USING btree ("period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "direct_payments_reference" ON "direct_payments" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "direct_payments_agreement_id" ON "direct_payments" USING btree ("agreement_id","due_date");--> statement-breakpoint
CREATE INDEX "direct_payments_run_id" ON "direct_payments" USING btree ("run_id");--> statement-breakpoint
-- Direct payments are append-only (see ../migrations/0030_direct-payments.sql).
--> statement-breakpoint
CREATE TRIGGER direct_payment_agreements_no_update BEFORE UPDATE ON direct_payment_agreements
FOR EACH ROW EXECUTE FUNCTION refuse_change('a direct-payment agreement cannot be changed: record a decision');
--> statement-breakpoint
CREATE TRIGGER direct_payment_agreements_no_delete BEFORE DELETE ON direct_payment_agreements
FOR EACH ROW EXECUTE FUNCTION refuse_change('a direct-payment agreement cannot be removed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_agreements_no_truncate BEFORE TRUNCATE ON direct_payment_agreements
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a direct-payment agreement cannot be removed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_decisions_no_update BEFORE UPDATE ON direct_payment_decisions
FOR EACH ROW EXECUTE FUNCTION refuse_change('a direct-payment decision cannot be changed: record a new one');
--> statement-breakpoint
CREATE TRIGGER direct_payment_decisions_no_delete BEFORE DELETE ON direct_payment_decisions
FOR EACH ROW EXECUTE FUNCTION refuse_change('a direct-payment decision cannot be removed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_decisions_no_truncate BEFORE TRUNCATE ON direct_payment_decisions
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a direct-payment decision cannot be removed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_runs_no_update BEFORE UPDATE ON direct_payment_runs
FOR EACH ROW EXECUTE FUNCTION refuse_change('a payment run cannot be changed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_runs_no_delete BEFORE DELETE ON direct_payment_runs
FOR EACH ROW EXECUTE FUNCTION refuse_change('a payment run cannot be removed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_runs_no_truncate BEFORE TRUNCATE ON direct_payment_runs
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a payment run cannot be removed');
--> statement-breakpoint
CREATE TRIGGER direct_payments_no_update BEFORE UPDATE ON direct_payments
FOR EACH ROW EXECUTE FUNCTION refuse_change('a payment made cannot be changed: record an adjustment');
--> statement-breakpoint
CREATE TRIGGER direct_payments_no_delete BEFORE DELETE ON direct_payments
FOR EACH ROW EXECUTE FUNCTION refuse_change('a payment made cannot be removed');
--> statement-breakpoint
CREATE TRIGGER direct_payments_no_truncate BEFORE TRUNCATE ON direct_payments
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a payment made cannot be removed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_returns_no_update BEFORE UPDATE ON direct_payment_returns
FOR EACH ROW EXECUTE FUNCTION refuse_change('a return cannot be changed: send a new one');
--> statement-breakpoint
CREATE TRIGGER direct_payment_returns_no_delete BEFORE DELETE ON direct_payment_returns
FOR EACH ROW EXECUTE FUNCTION refuse_change('a return cannot be removed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_returns_no_truncate BEFORE TRUNCATE ON direct_payment_returns
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a return cannot be removed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_spend_lines_no_update BEFORE UPDATE ON direct_payment_spend_lines
FOR EACH ROW EXECUTE FUNCTION refuse_change('a return cannot be changed: send a new one');
--> statement-breakpoint
CREATE TRIGGER direct_payment_spend_lines_no_delete BEFORE DELETE ON direct_payment_spend_lines
FOR EACH ROW EXECUTE FUNCTION refuse_change('a return cannot be removed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_spend_lines_no_truncate BEFORE TRUNCATE ON direct_payment_spend_lines
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a return cannot be removed');
