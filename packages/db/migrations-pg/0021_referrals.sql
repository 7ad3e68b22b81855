CREATE TABLE "referrals" (
	"id" text PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"kind" text NOT NULL,
	"received_at" bigint NOT NULL,
	"raised_by_user_id" text,
	"flood_group" text,
	"details" json NOT NULL,
	CONSTRAINT "referrals_kind_known" CHECK ("referrals"."kind" in ('self', 'someone-else', 'carer'))
);
--> statement-breakpoint
ALTER TABLE "team_kinds" DROP CONSTRAINT "team_kinds_kind_known";--> statement-breakpoint
ALTER TABLE "work_items" DROP CONSTRAINT "work_items_kind_known";--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_raised_by_user_id_users_id_fk" FOREIGN KEY ("raised_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_reference" ON "referrals" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "referrals_received_at" ON "referrals" USING btree ("received_at");--> statement-breakpoint
ALTER TABLE "team_kinds" ADD CONSTRAINT "team_kinds_kind_known" CHECK ("team_kinds"."kind" in ('self-assessment', 'safeguarding-concern', 'financial-assessment', 'plan-agreement', 'referral'));--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_kind_known" CHECK ("work_items"."kind" in ('self-assessment', 'safeguarding-concern', 'financial-assessment', 'plan-agreement', 'referral'));--> statement-breakpoint
-- A request for help is kept as it was sent (see ../migrations/0023_referrals.sql).
CREATE TRIGGER referrals_no_update BEFORE UPDATE ON referrals
FOR EACH ROW EXECUTE FUNCTION refuse_change('a request for help cannot be changed: it is kept as it was sent');
--> statement-breakpoint
CREATE TRIGGER referrals_no_delete BEFORE DELETE ON referrals
FOR EACH ROW EXECUTE FUNCTION refuse_change('a request for help cannot be removed');
--> statement-breakpoint
CREATE TRIGGER referrals_no_truncate BEFORE TRUNCATE ON referrals
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a request for help cannot be removed');
