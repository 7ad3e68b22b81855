CREATE TABLE "team_kinds" (
	"team_id" text NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "team_kinds_team_id_kind_pk" PRIMARY KEY("team_id","kind"),
	CONSTRAINT "team_kinds_kind_known" CHECK ("team_kinds"."kind" in ('self-assessment', 'safeguarding-concern', 'financial-assessment', 'plan-agreement'))
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"team_id" text NOT NULL,
	"user_id" text NOT NULL,
	"manager" boolean NOT NULL,
	"added_by_user_id" text NOT NULL,
	"added_at" bigint NOT NULL,
	CONSTRAINT "team_members_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_by_user_id" text NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "teams_name_not_blank" CHECK (length(trim("teams"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "work_item_events" (
	"item_id" text NOT NULL,
	"seq" bigint NOT NULL,
	"event" text NOT NULL,
	"to_user_id" text,
	"by_user_id" text NOT NULL,
	"priority" text,
	"reason" text,
	"at" bigint NOT NULL,
	CONSTRAINT "work_item_events_item_id_seq_pk" PRIMARY KEY("item_id","seq"),
	CONSTRAINT "work_item_events_event_known" CHECK ("work_item_events"."event" in ('allocated', 'taken', 'closed')),
	CONSTRAINT "work_item_events_seq_positive" CHECK ("work_item_events"."seq" >= 1),
	CONSTRAINT "work_item_events_priority_known" CHECK ("work_item_events"."priority" is null or "work_item_events"."priority" in ('urgent', 'high', 'standard', 'low')),
	CONSTRAINT "work_item_events_shape" CHECK (("work_item_events"."event" = 'allocated' and "work_item_events"."to_user_id" is not null and "work_item_events"."priority" is not null and "work_item_events"."reason" is not null and length(trim("work_item_events"."reason")) > 0) or ("work_item_events"."event" = 'taken' and "work_item_events"."to_user_id" is not null and "work_item_events"."to_user_id" = "work_item_events"."by_user_id") or ("work_item_events"."event" = 'closed' and "work_item_events"."to_user_id" is null))
);
--> statement-breakpoint
CREATE TABLE "work_items" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"team_id" text,
	"person_id" text,
	"subject" text NOT NULL,
	"arrived_at" bigint NOT NULL,
	CONSTRAINT "work_items_kind_known" CHECK ("work_items"."kind" in ('self-assessment', 'safeguarding-concern', 'financial-assessment', 'plan-agreement')),
	CONSTRAINT "work_items_subject_not_blank" CHECK (length(trim("work_items"."subject")) > 0)
);
--> statement-breakpoint
ALTER TABLE "team_kinds" ADD CONSTRAINT "team_kinds_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_added_by_user_id_users_id_fk" FOREIGN KEY ("added_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_item_events" ADD CONSTRAINT "work_item_events_item_id_work_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."work_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_item_events" ADD CONSTRAINT "work_item_events_to_user_id_users_id_fk" FOREIGN KEY ("to_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_item_events" ADD CONSTRAINT "work_item_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "team_kinds_kind" ON "team_kinds" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "team_members_user_id" ON "team_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "teams_name" ON "teams" USING btree ("name");--> statement-breakpoint
CREATE INDEX "work_item_events_to_user_id" ON "work_item_events" USING btree ("to_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "work_items_subject" ON "work_items" USING btree ("subject");--> statement-breakpoint
CREATE INDEX "work_items_team_id_arrived_at" ON "work_items" USING btree ("team_id","arrived_at");--> statement-breakpoint
CREATE INDEX "work_items_person_id" ON "work_items" USING btree ("person_id");
--> statement-breakpoint
-- As SQLite's 0017, with the same messages: a work item and what happened to it are a record, never rewritten.
CREATE TRIGGER work_items_no_update BEFORE UPDATE ON work_items
FOR EACH ROW EXECUTE FUNCTION refuse_change('a work item cannot be changed: record what happened to it');
--> statement-breakpoint
CREATE TRIGGER work_items_no_delete BEFORE DELETE ON work_items
FOR EACH ROW EXECUTE FUNCTION refuse_change('a work item cannot be removed');
--> statement-breakpoint
CREATE TRIGGER work_items_no_truncate BEFORE TRUNCATE ON work_items
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a work item cannot be removed');
--> statement-breakpoint
CREATE TRIGGER work_item_events_no_update BEFORE UPDATE ON work_item_events
FOR EACH ROW EXECUTE FUNCTION refuse_change('the history of a work item cannot be changed: record what happened next');
--> statement-breakpoint
CREATE TRIGGER work_item_events_no_delete BEFORE DELETE ON work_item_events
FOR EACH ROW EXECUTE FUNCTION refuse_change('the history of a work item cannot be removed');
--> statement-breakpoint
CREATE TRIGGER work_item_events_no_truncate BEFORE TRUNCATE ON work_item_events
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('the history of a work item cannot be removed');
