CREATE TABLE "referral_closings" (
	"referral_id" text PRIMARY KEY NOT NULL,
	"outcome" text NOT NULL,
	"note" text NOT NULL,
	"closed_by_user_id" text NOT NULL,
	"closed_at" bigint NOT NULL,
	CONSTRAINT "referral_closings_outcome_known" CHECK ("referral_closings"."outcome" in ('assessment-started', 'information-and-advice', 'referred-to-nhs', 'self-funding', 'support-declined', 'moved-to-another-council', 'no-further-action')),
	CONSTRAINT "referral_closings_note_not_blank" CHECK (length(trim("referral_closings"."note")) > 0)
);
--> statement-breakpoint
CREATE TABLE "referral_links" (
	"referral_id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"how" text NOT NULL,
	"linked_by_user_id" text NOT NULL,
	"linked_at" bigint NOT NULL,
	CONSTRAINT "referral_links_how_known" CHECK ("referral_links"."how" in ('found', 'created'))
);
--> statement-breakpoint
ALTER TABLE "referral_closings" ADD CONSTRAINT "referral_closings_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_closings" ADD CONSTRAINT "referral_closings_closed_by_user_id_users_id_fk" FOREIGN KEY ("closed_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_links" ADD CONSTRAINT "referral_links_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_links" ADD CONSTRAINT "referral_links_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_links" ADD CONSTRAINT "referral_links_linked_by_user_id_users_id_fk" FOREIGN KEY ("linked_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referral_closings_closed_at" ON "referral_closings" USING btree ("closed_at");--> statement-breakpoint
CREATE INDEX "referral_links_person_id" ON "referral_links" USING btree ("person_id");--> statement-breakpoint
-- Whom a request is about, and how it ended, are recorded once and kept (see ../migrations/0025_referral-closings.sql).
CREATE TRIGGER referral_links_no_update BEFORE UPDATE ON referral_links
FOR EACH ROW EXECUTE FUNCTION refuse_change('the person a request for help is about cannot be changed');
--> statement-breakpoint
CREATE TRIGGER referral_links_no_delete BEFORE DELETE ON referral_links
FOR EACH ROW EXECUTE FUNCTION refuse_change('the person a request for help is about cannot be removed');
--> statement-breakpoint
CREATE TRIGGER referral_links_no_truncate BEFORE TRUNCATE ON referral_links
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('the person a request for help is about cannot be removed');
--> statement-breakpoint
CREATE TRIGGER referral_closings_no_update BEFORE UPDATE ON referral_closings
FOR EACH ROW EXECUTE FUNCTION refuse_change('how a request for help ended cannot be changed');
--> statement-breakpoint
CREATE TRIGGER referral_closings_no_delete BEFORE DELETE ON referral_closings
FOR EACH ROW EXECUTE FUNCTION refuse_change('how a request for help ended cannot be removed');
--> statement-breakpoint
CREATE TRIGGER referral_closings_no_truncate BEFORE TRUNCATE ON referral_closings
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('how a request for help ended cannot be removed');
