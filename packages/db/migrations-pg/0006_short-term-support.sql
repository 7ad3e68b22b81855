CREATE TABLE "short_term_support" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"service_type" text NOT NULL,
	"component" text NOT NULL,
	"started_on" text NOT NULL,
	"ended_on" text,
	"outcome" text,
	"weekly_cost_pence" bigint,
	"recorded_by_user_id" text NOT NULL,
	"recorded_at" bigint NOT NULL,
	CONSTRAINT "short_term_support_type_known" CHECK ("short_term_support"."service_type" in ('st-max', 'ongoing-low-level', 'other-short-term')),
	CONSTRAINT "short_term_support_started_on_date" CHECK (is_calendar_date("short_term_support"."started_on")),
	CONSTRAINT "short_term_support_ended_on_date" CHECK ("short_term_support"."ended_on" is null or (is_calendar_date("short_term_support"."ended_on") and "short_term_support"."ended_on" >= "short_term_support"."started_on")),
	CONSTRAINT "short_term_support_outcome_when_ended" CHECK (("short_term_support"."ended_on" is null) = ("short_term_support"."outcome" is null)),
	CONSTRAINT "short_term_support_cost_whole" CHECK ("short_term_support"."weekly_cost_pence" is null or "short_term_support"."weekly_cost_pence" >= 0)
);
--> statement-breakpoint
ALTER TABLE "short_term_support" ADD CONSTRAINT "short_term_support_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "short_term_support" ADD CONSTRAINT "short_term_support_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "short_term_support_person_id_started_on" ON "short_term_support" USING btree ("person_id","started_on");--> statement-breakpoint
CREATE INDEX "short_term_support_type_started_on" ON "short_term_support" USING btree ("service_type","started_on");