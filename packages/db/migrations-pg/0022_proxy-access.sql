CREATE TABLE "proxy_events" (
	"request_id" text NOT NULL,
	"seq" bigint NOT NULL,
	"step" text NOT NULL,
	"by_user_id" text NOT NULL,
	"scope" text,
	"verification" text,
	"link_hash" text,
	"reason" text,
	"at" bigint NOT NULL,
	CONSTRAINT "proxy_events_request_id_seq_pk" PRIMARY KEY("request_id","seq"),
	CONSTRAINT "proxy_events_step_known" CHECK ("proxy_events"."step" in ('granted', 'refused', 'accepted', 'ended')),
	CONSTRAINT "proxy_events_seq_positive" CHECK ("proxy_events"."seq" >= 1),
	CONSTRAINT "proxy_events_scope_known" CHECK ("proxy_events"."scope" is null or "proxy_events"."scope" in ('see-records', 'send-forms', 'everything')),
	CONSTRAINT "proxy_events_shape" CHECK (("proxy_events"."step" = 'granted' and "proxy_events"."scope" is not null and coalesce(length(trim("proxy_events"."verification")), 0) > 0 and coalesce(length("proxy_events"."link_hash"), 0) = 64)
        or ("proxy_events"."step" = 'refused' and coalesce(length(trim("proxy_events"."reason")), 0) > 0)
        or "proxy_events"."step" in ('accepted', 'ended'))
);
--> statement-breakpoint
CREATE TABLE "proxy_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"asked_by_user_id" text NOT NULL,
	"proxy_name" text NOT NULL,
	"proxy_email" text NOT NULL,
	"relationship" text NOT NULL,
	"scope" text NOT NULL,
	"asked_at" bigint NOT NULL,
	CONSTRAINT "proxy_requests_scope_known" CHECK ("proxy_requests"."scope" in ('see-records', 'send-forms', 'everything')),
	CONSTRAINT "proxy_requests_email_normalised" CHECK ("proxy_requests"."proxy_email" = lower(trim("proxy_requests"."proxy_email")) and length("proxy_requests"."proxy_email") > 0)
);
--> statement-breakpoint
ALTER TABLE "outbox_messages" DROP CONSTRAINT "outbox_messages_purpose_known";--> statement-breakpoint
ALTER TABLE "team_kinds" DROP CONSTRAINT "team_kinds_kind_known";--> statement-breakpoint
ALTER TABLE "work_items" DROP CONSTRAINT "work_items_kind_known";--> statement-breakpoint
ALTER TABLE "proxy_events" ADD CONSTRAINT "proxy_events_request_id_proxy_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."proxy_requests"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_events" ADD CONSTRAINT "proxy_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_requests" ADD CONSTRAINT "proxy_requests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_requests" ADD CONSTRAINT "proxy_requests_asked_by_user_id_users_id_fk" FOREIGN KEY ("asked_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "proxy_events_by_user_id" ON "proxy_events" USING btree ("by_user_id");--> statement-breakpoint
CREATE INDEX "proxy_requests_person_id" ON "proxy_requests" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "proxy_requests_proxy_email" ON "proxy_requests" USING btree ("proxy_email");--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_purpose_known" CHECK ("outbox_messages"."purpose" in ('password-reset', 'set-password', 'email-change', 'email-changed-notice', 'proxy-invitation'));--> statement-breakpoint
ALTER TABLE "team_kinds" ADD CONSTRAINT "team_kinds_kind_known" CHECK ("team_kinds"."kind" in ('self-assessment', 'safeguarding-concern', 'financial-assessment', 'plan-agreement', 'referral', 'proxy-request'));--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_kind_known" CHECK ("work_items"."kind" in ('self-assessment', 'safeguarding-concern', 'financial-assessment', 'plan-agreement', 'referral', 'proxy-request'));;--> statement-breakpoint
-- Proxy access is kept as asked and as it happened (see ../migrations/0024_proxy-access.sql).
CREATE TRIGGER proxy_requests_no_update BEFORE UPDATE ON proxy_requests
FOR EACH ROW EXECUTE FUNCTION refuse_change('a request for someone to act for a person cannot be changed: it is kept as it was asked');
--> statement-breakpoint
CREATE TRIGGER proxy_requests_no_delete BEFORE DELETE ON proxy_requests
FOR EACH ROW EXECUTE FUNCTION refuse_change('a request for someone to act for a person cannot be removed');
--> statement-breakpoint
CREATE TRIGGER proxy_requests_no_truncate BEFORE TRUNCATE ON proxy_requests
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a request for someone to act for a person cannot be removed');
--> statement-breakpoint
CREATE TRIGGER proxy_events_no_update BEFORE UPDATE ON proxy_events
FOR EACH ROW EXECUTE FUNCTION refuse_change('the history of proxy access cannot be changed: record what happened next');
--> statement-breakpoint
CREATE TRIGGER proxy_events_no_delete BEFORE DELETE ON proxy_events
FOR EACH ROW EXECUTE FUNCTION refuse_change('the history of proxy access cannot be removed');
--> statement-breakpoint
CREATE TRIGGER proxy_events_no_truncate BEFORE TRUNCATE ON proxy_events
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('the history of proxy access cannot be removed');
