CREATE TABLE "safeguarding_immediate_actions" (
	"id" text PRIMARY KEY NOT NULL,
	"concern_id" text NOT NULL,
	"what_was_done" text NOT NULL,
	"done_on" text NOT NULL,
	"taken_by" text NOT NULL,
	"recorded_by_user_id" text NOT NULL,
	"recorded_at" bigint NOT NULL,
	CONSTRAINT "safeguarding_immediate_actions_what_not_blank" CHECK (length(trim("safeguarding_immediate_actions"."what_was_done")) > 0),
	CONSTRAINT "safeguarding_immediate_actions_by_not_blank" CHECK (length(trim("safeguarding_immediate_actions"."taken_by")) > 0),
	CONSTRAINT "safeguarding_immediate_actions_done_on_date" CHECK (is_calendar_date("safeguarding_immediate_actions"."done_on"))
);
--> statement-breakpoint
ALTER TABLE "safeguarding_immediate_actions" ADD CONSTRAINT "safeguarding_immediate_actions_concern_id_safeguarding_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."safeguarding_concerns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_immediate_actions" ADD CONSTRAINT "safeguarding_immediate_actions_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "safeguarding_immediate_actions_concern_id" ON "safeguarding_immediate_actions" USING btree ("concern_id","recorded_at");--> statement-breakpoint
-- As SQLite's 0015, with the same messages: what was done to keep a person safe is a record, never rewritten.
CREATE TRIGGER safeguarding_immediate_actions_no_update BEFORE UPDATE ON safeguarding_immediate_actions
FOR EACH ROW EXECUTE FUNCTION refuse_change('an immediate safety action cannot be changed: record another');
--> statement-breakpoint
CREATE TRIGGER safeguarding_immediate_actions_no_delete BEFORE DELETE ON safeguarding_immediate_actions
FOR EACH ROW EXECUTE FUNCTION refuse_change('an immediate safety action cannot be removed');
--> statement-breakpoint
CREATE TRIGGER safeguarding_immediate_actions_no_truncate BEFORE TRUNCATE ON safeguarding_immediate_actions
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('an immediate safety action cannot be removed');
